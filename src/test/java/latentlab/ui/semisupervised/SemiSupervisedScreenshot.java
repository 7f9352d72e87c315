package latentlab.ui.semisupervised;

import static latentlab.ui.FxDriver.onFx;
import static latentlab.ui.FxDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javax.imageio.ImageIO;
import latentlab.ui.shell.MainWindow;
import latentlab.ui.shell.ShownWindow;
import latentlab.ui.training.TrainingViewModel;

/**
 * A picture of the whole window for a reader to judge (not a test): the default model (a VAE with
 * a 2-d code) trained on the bundled digits, then the Semi-supervised tab computed. Run under a
 * virtual display:
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * xvfb-run -a -s "-screen 0 1400x950x24" java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)" \
 *     latentlab.ui.semisupervised.SemiSupervisedScreenshot target/screenshots/semisup.png 10
 * </pre>
 *
 * The second argument is the number of epochs (default 10).
 */
public final class SemiSupervisedScreenshot {
    private static final long MINUTES = 60_000;

    private SemiSupervisedScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots/semisup.png");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        ShownWindow shown = ShownWindow.open(1400, 900);
        MainWindow window = shown.window();
        onFx(() -> {
            window.settings().epochsProperty().set(epochs);
            ((Button) window.view().getScene().lookup("#train")).fire();
            return null;
        });
        waitFor(() -> window.training().stateProperty().get() != TrainingViewModel.State.IDLE, MINUTES);
        waitFor(() -> window.training().stateProperty().get() == TrainingViewModel.State.IDLE, 20 * MINUTES);
        waitFor(() -> window.workspace().shown() != null && window.workspace().codecs().hasCodec(), 5 * MINUTES);
        SemiSupervisedView view = onFx(() -> {
            window.view().showTab("tab-semisup");
            return window.workspace().view(SemiSupervisedView.class);
        });
        // Let the tab come into view (and catch up on the run's last weights) before pressing Compute.
        waitFor(view::isShowing, MINUTES);
        Thread.sleep(500);
        onFx(() -> {
            ((Button) window.view().getScene().lookup("#semisup-compute")).fire();
            return null;
        });
        SemiSupervisedViewModel vm = view.viewModel();
        waitFor(() -> vm.resultProperty().get() != null && !vm.computation().runningProperty().get(), 10 * MINUTES);
        Thread.sleep(1000);
        onFx(() -> {
            Scene scene = window.view().getScene();
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
            return null;
        });
        System.out.println(vm.resultProperty().get().reading());
        System.out.println("saved " + out);
        shown.close();
    }
}
