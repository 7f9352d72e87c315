package latentlab.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import latentlab.model.engine.Engines;
import latentlab.ui.common.FxBackgroundExecutor;
import latentlab.ui.shell.MainView;
import latentlab.ui.shell.MainViewModel;

/** The JavaFX application: builds the main window and wires its services. */
public final class LatentLabApp extends Application {
    private FxBackgroundExecutor executor;

    @Override
    public void start(Stage stage) {
        Engines.configure(Engines.Mode.DESKTOP);
        executor = new FxBackgroundExecutor();
        MainViewModel model = new MainViewModel(executor);
        MainView view = new MainView(model);
        Scene scene = new Scene(view, 1280, 860);
        scene.getStylesheets().add(MainView.stylesheet());
        stage.setTitle("LatentLab");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> showUnexpected(e));
        stage.show();
        model.start();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }

    private static void showUnexpected(Throwable e) {
        e.printStackTrace();
        Runnable show = () -> {
            Alert a = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage() == null ? e : e.getMessage()));
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
