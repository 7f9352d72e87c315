package latentlab.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.ui.shell.MainView;
import latentlab.ui.shell.MainWindow;
import latentlab.ui.shell.Theme;
import latentlab.ui.task.Workers;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the main window and wires its services. */
public final class LatentLabApp extends Application {
    private Workers workers;
    private TrainingService service;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Engines.configure(Engines.Mode.DESKTOP);
        Theme.saved().apply();
        workers = new Workers(Platform::runLater);
        service = new TrainingService(ModelFactory.standard());
        window = new MainWindow(workers, service, ModelFactory.standard(), runsDirectory(), Logs.directory());
        // Fit small classroom laptops (1366x768) as well as large screens.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.view(), Math.min(1400, screen.getWidth() * 0.95),
                Math.min(900, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainView.stylesheet());
        stage.setTitle("LatentLab");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> showUnexpected(t, e));
        stage.show();
        window.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (service != null) {
            service.close();
        }
        if (workers != null) {
            workers.close();
        }
    }

    /** Runs started from the window keep their checkpoints here ({@code -Dlatentlab.runs=DIR} to change). */
    static Path runsDirectory() {
        String configured = System.getProperty("latentlab.runs");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".latentlab", "runs");
    }

    private static void showUnexpected(Thread t, Throwable e) {
        LoggerFactory.getLogger(LatentLabApp.class).error("uncaught on thread {}", t.getName(), e);
        Runnable show = () -> {
            Alert a = new Alert(Alert.AlertType.ERROR, (e.getMessage() == null ? e : e.getMessage())
                    + "\n\nThe details are in the log (Help > Open log folder).");
            a.setHeaderText("Something went wrong; your work is unchanged.");
            a.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
