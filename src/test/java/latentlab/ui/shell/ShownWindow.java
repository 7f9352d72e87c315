package latentlab.ui.shell;

import static latentlab.ui.FxDriver.onFx;
import static latentlab.ui.FxDriver.waitFor;

import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.ui.task.Workers;

/**
 * The main window as the application shows it, for programs that drive it from their main thread
 * (the screenshot programs): JavaFX started, the engine, a training service and worker pools of its own.
 */
public final class ShownWindow implements AutoCloseable {
    private final Workers workers;
    private final TrainingService service;
    private final MainWindow window;

    private ShownWindow(MainWindow window, TrainingService service, Workers workers) {
        this.window = window;
        this.service = service;
        this.workers = workers;
    }

    /** Starts JavaFX, shows the window at {@code width} x {@code height} in the light theme and waits for its data set. */
    public static ShownWindow open(int width, int height) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Engines.configure(Engines.Mode.DESKTOP);
        Workers workers = new Workers(Platform::runLater);
        TrainingService service = new TrainingService(ModelFactory.standard());
        MainWindow window = onFx(() -> {
            Theme.LIGHT.apply();
            MainWindow w = new MainWindow(workers, service, ModelFactory.standard(),
                    Files.createTempDirectory("latentlab-screenshot-runs"));
            Scene scene = new Scene(w.view(), width, height);
            scene.getStylesheets().add(MainView.stylesheet());
            Stage stage = new Stage();
            stage.setTitle("LatentLab");
            stage.setScene(scene);
            stage.show();
            w.start();
            return w;
        });
        waitFor(() -> window.mainModel().dataProperty().get() != null, 60_000);
        return new ShownWindow(window, service, workers);
    }

    public MainWindow window() {
        return window;
    }

    /** Closes the window, its training service and its pools, and ends JavaFX. */
    @Override
    public void close() throws Exception {
        onFx(() -> {
            window.close();
            return null;
        });
        service.close();
        workers.close();
        Platform.exit();
    }
}
