package latentlab.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.ui.task.Workers;

/** The real main window on a test's stage, with the engine, a training service and worker pools of its own. */
final class WindowFixture implements AutoCloseable {
    final MainWindow window;
    final TrainingService service;
    final Workers workers;
    /** Where runs started in the window save their checkpoints. */
    final Path runs;

    /** Shows the window in {@code stage} at {@code width} x {@code height} (Monocle's screen is 1280 x 800) and starts it. */
    WindowFixture(Stage stage, int width, int height) throws IOException {
        Engines.configure(Engines.Mode.DESKTOP);
        Theme.LIGHT.apply();
        service = new TrainingService(ModelFactory.standard());
        workers = new Workers(Platform::runLater);
        runs = Files.createTempDirectory("latentlab-runs");
        window = new MainWindow(workers, service, ModelFactory.standard(), runs);
        Scene scene = new Scene(window.view(), width, height);
        scene.getStylesheets().add(MainView.stylesheet());
        stage.setScene(scene);
        stage.show();
        window.start();
    }

    @Override
    public void close() {
        window.close();
        service.close();
        workers.close();
    }
}
