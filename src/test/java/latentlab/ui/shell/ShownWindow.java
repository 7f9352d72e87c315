package latentlab.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.stage.Stage;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.ui.common.FxBackgroundExecutor;

/** The main window as the application shows it (light theme), on a test's stage, with a training service of its own. */
record ShownWindow(MainWindow window, TrainingService service) implements AutoCloseable {

    /** Builds and shows the window and starts it (the digits load, the engine starts); call on the FX thread. */
    static ShownWindow on(Stage stage, int width, int height) throws IOException {
        Engines.configure(Engines.Mode.DESKTOP);
        Theme.LIGHT.apply();
        TrainingService service = new TrainingService(ModelFactory.standard());
        MainWindow window = new MainWindow(new FxBackgroundExecutor(), service, ModelFactory.standard(),
                Files.createTempDirectory("latentlab-runs"));
        Scene scene = new Scene(window.view(), width, height);
        scene.getStylesheets().add(MainView.stylesheet());
        stage.setScene(scene);
        stage.show();
        window.start();
        return new ShownWindow(window, service);
    }

    @Override
    public void close() {
        window.close();
        service.close();
    }
}
