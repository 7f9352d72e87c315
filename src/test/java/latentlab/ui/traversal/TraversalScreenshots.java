package latentlab.ui.traversal;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import latentlab.ui.task.SameThreadExecutor;

/**
 * Pictures of the traversal view for a reader to judge (not a test): the stand-in AE with a hole
 * beside the smooth stand-in VAE, stopped on the frame after the AE's jump, with a latent sum
 * decoded below, in the light and the dark theme; and the traversal's GIF. Run under a virtual display:
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * xvfb-run -a -s "-screen 0 1400x950x24" java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)" \
 *     latentlab.ui.traversal.TraversalScreenshots target/screenshots
 * </pre>
 */
public final class TraversalScreenshots {

    private TraversalScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        shoot(new PrimerLight().getUserAgentStylesheet(), out.resolve("traversal-light.png").toFile(),
                out.resolve("traversal.gif"));
        shoot(new PrimerDark().getUserAgentStylesheet(), out.resolve("traversal-dark.png").toFile(), null);
        Platform.exit();
    }

    private static void shoot(String theme, File file, Path gif) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Exception[] failure = new Exception[1];
        Platform.runLater(() -> {
            try {
                Application.setUserAgentStylesheet(theme);
                TraversalViewModel vm = new TraversalViewModel(new ManualPulse(), new SameThreadExecutor());
                vm.setModels(TraversalFixtures.pair());
                vm.chooser().sampleAProperty().set(TraversalFixtures.LEFT);
                vm.chooser().sampleBProperty().set(TraversalFixtures.RIGHT);
                vm.chooser().sphericalProperty().set(true);
                TraversalView view = new TraversalView(vm);
                Scene scene = new Scene(view, 1180, 860);
                scene.getStylesheets().add(TraversalScreenshots.class.getResource("/styles/latentlab.css")
                        .toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                vm.start();
                if (gif != null) {
                    vm.exportGif(gif);
                    System.out.println(vm.exportMessageProperty().get());
                }
                vm.clock().pause();
                vm.clock().seek(12);
                vm.arithmetic().classAProperty().set(3);
                vm.arithmetic().classBProperty().set(2);
                vm.arithmetic().sampleProperty().set(5);
                vm.arithmetic().decodeArithmetic();
                // Two pulses for CSS and layout to settle before the picture is taken.
                Platform.runLater(() -> Platform.runLater(() -> {
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
                        stage.close();
                    } catch (Exception e) {
                        failure[0] = e;
                    }
                    done.countDown();
                }));
            } catch (Exception e) {
                failure[0] = e;
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw failure[0];
        }
        System.out.println("saved " + file);
    }
}
