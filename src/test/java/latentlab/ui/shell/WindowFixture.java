package latentlab.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.ui.task.Workers;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a test's stage, with the engine, a training service and worker pools of its own. */
final class WindowFixture implements AutoCloseable {
    final MainWindow window;
    final TrainingService service;
    final Workers workers;
    /** Where runs started in the window save their checkpoints. */
    final Path runs;
    private final Stage stage;

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
        // The test framework hands every test the same stage. Left unplaced, it centres itself for
        // this test's size after it shows, and a click aimed before it has moved lands beside its
        // target (on the tab to the left of the one meant). Placed, it stays where tests aim.
        stage.setX(0);
        stage.setY(0);
        stage.show();
        this.stage = stage;
        window.start();
    }

    /**
     * Waits (off the FX thread) until the window stands where it was placed, has the keyboard (a
     * window an earlier test opened may have kept it) and its data set is loaded, so that the
     * test's clicks land where it aims and its shortcuts reach the window.
     */
    void awaitReady() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getX() == 0 && stage.getY() == 0);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isFocused);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mainModel().dataProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        window.close();
        service.close();
        workers.close();
    }
}
