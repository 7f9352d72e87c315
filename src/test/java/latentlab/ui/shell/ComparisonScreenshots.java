package latentlab.ui.shell;

import static latentlab.ui.FxDriver.onFx;
import static latentlab.ui.FxDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javax.imageio.ImageIO;
import latentlab.latent.EmbeddingData;
import latentlab.ui.anomaly.AnomalyView;
import latentlab.ui.embedding.Embedding2DView;
import latentlab.ui.scoreboard.ScoreboardView;
import latentlab.ui.semisupervised.SemiSupervisedView;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.workspace.Workspace;

/**
 * Pictures of comparison mode for a reader to judge (not a test): Training > Compare AE and VAE on
 * the bundled digits, then the 2D embeddings side by side with their hole maps on one scale, a
 * traversal between a 0 and a 1 stopped mid-way, both scoreboards, and the two application views.
 * Run under a virtual display:
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)" \
 *     latentlab.ui.shell.ComparisonScreenshots target/screenshots 10
 * </pre>
 *
 * The second argument is the number of epochs (default 10).
 */
public final class ComparisonScreenshots {
    private static final long MINUTES = 60_000;

    private ComparisonScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Files.createDirectories(out);
        ShownWindow app = ShownWindow.open(1500, 920);
        MainWindow window = app.window();
        onFx(() -> {
            window.settings().epochsProperty().set(epochs);
            menuItem(window, "compare-item").fire();
            return null;
        });
        waitFor(() -> window.training().stateProperty().get() != TrainingViewModel.State.IDLE, MINUTES);
        // Early in the run, with the notice of what the two models take from the panel.
        Thread.sleep(2000);
        shoot(window, out.resolve("compare-start.png"));
        waitFor(() -> window.training().stateProperty().get() == TrainingViewModel.State.IDLE, 30 * MINUTES);
        for (Workspace w : window.workspaces()) {
            waitFor(() -> w.shown() != null && w.shown().size() == 10_000, 5 * MINUTES);
            waitFor(() -> plot(w).layers().holeMapProperty().get() != null, 5 * MINUTES);
        }
        Workspace ae = window.workspaces().get(0);

        onFx(() -> {
            plot(ae).frame().sharedScaleProperty().set(true);
            return null;
        });
        Thread.sleep(3000);
        shoot(window, out.resolve("compare-embedding.png"));

        // A 0 and a 1: pinned one after the other, they are the interpolation's ends.
        EmbeddingData shown = ae.shown();
        int zero = firstOf(shown, 0);
        int one = firstOf(shown, 1);
        onFx(() -> {
            plot(ae).choice().pin(zero);
            plot(ae).choice().pin(one);
            window.view().showTab(TraversalTab.ID);
            return null;
        });
        Thread.sleep(1000);
        onFx(() -> {
            ((Button) window.view().getScene().lookup("#traversal-start")).fire();
            return null;
        });
        waitFor(() -> window.traversal().players().stream().allMatch(p -> p.framesProperty().get() != null),
                MINUTES);
        Thread.sleep(1500);
        onFx(() -> {
            window.traversal().clock().pause();
            window.traversal().clock().seek(11);
            return null;
        });
        Thread.sleep(1000);
        shoot(window, out.resolve("compare-traversal.png"));

        computeAndShoot(window, "tab-scoreboard", "#scoreboard-compute", out.resolve("compare-scoreboard.png"),
                () -> window.workspaces().stream().allMatch(
                        w -> w.view(ScoreboardView.class).viewModel().resultProperty().get() != null));
        computeAndShoot(window, "tab-anomaly", "#anomaly-compute", out.resolve("compare-anomaly.png"),
                () -> window.workspaces().stream().allMatch(
                        w -> !w.view(AnomalyView.class).viewModel().computation().runningProperty().get()
                                && w.view(AnomalyView.class).viewModel().reportProperty().get() != null));
        computeAndShoot(window, "tab-semisup", "#semisup-compute", out.resolve("compare-semisup.png"),
                () -> window.workspaces().stream().allMatch(
                        w -> w.view(SemiSupervisedView.class).viewModel().resultProperty().get() != null));
        app.close();
    }

    private static void computeAndShoot(MainWindow window, String tab, String button, Path file,
            Callable<Boolean> done) throws Exception {
        onFx(() -> {
            window.view().showTab(tab);
            return null;
        });
        Thread.sleep(1500);
        onFx(() -> {
            for (Node n : window.view().getScene().getRoot().lookupAll(button)) {
                ((Button) n).fire();
            }
            return null;
        });
        waitFor(done, 15 * MINUTES);
        Thread.sleep(1500);
        shoot(window, file);
    }

    private static int firstOf(EmbeddingData data, int label) {
        for (int i = 0; i < data.size(); i++) {
            if (data.labels()[i] == label) {
                return i;
            }
        }
        throw new IllegalStateException("no sample of class " + label);
    }

    private static latentlab.ui.plot.ScatterViewModel plot(Workspace w) {
        return w.view(Embedding2DView.class).scatter().viewModel();
    }

    private static MenuItem menuItem(MainWindow window, String id) {
        MenuBar bar = (MenuBar) window.view().getScene().lookup("#main-menu");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static void shoot(MainWindow window, Path file) throws Exception {
        onFx(() -> {
            ImageIO.write(SwingFXUtils.fromFXImage(window.view().getScene().snapshot(null), null), "png",
                    file.toFile());
            return null;
        });
        System.out.println("saved " + file);
    }
}
