package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import latentlab.data.DataSplit;
import latentlab.latent.EmbeddingData;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.train.ModelFactory;
import latentlab.train.RunPlanner;
import latentlab.train.SessionConfig;
import latentlab.train.SnapshotCodec;
import latentlab.train.TrainingPlan;
import latentlab.ui.explorer.LatentExplorerView;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two models side by side in one window, trained in lockstep by one run: each workspace shows and
 * decodes with its own model, and closing one leaves the other working.
 */
@ExtendWith(ApplicationExtension.class)
class SideBySideTest {
    private WindowFixture fixture;
    private MainWindow window;
    private Path runs;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, 1260, 780);
        window = fixture.window;
        runs = fixture.runs;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eachWorkspaceDecodesWithItsOwnModelAndClosingOneLeavesTheOther(FxRobot robot) throws Exception {
        fixture.awaitReady();
        Workspace ae = window.workspace();
        Workspace[] opened = new Workspace[1];
        robot.interact(() -> opened[0] = window.openBeside("VAE"));
        Workspace vae = opened[0];
        robot.interact(() -> assertThrows(IllegalStateException.class, () -> window.openBeside("third"),
                "two models side by side at most"));

        // One run, two sessions in lockstep: an AE and a VAE on the first 512 training images.
        DataSplit all = window.mainModel().dataProperty().get();
        int[] first = java.util.stream.IntStream.range(0, 512).toArray();
        DataSplit small = new DataSplit(all.sourceId(), all.train().subset("mnist/train", first), all.validation());
        TrainingPlan plan = TrainingPlan.of(small, List.of(
                SessionConfig.fresh("ae", RunPlanner.fit(ModelSpec.defaults(ModelKind.AE, 2), small.train()),
                        runs.resolve("ae")),
                SessionConfig.fresh("vae", RunPlanner.fit(ModelSpec.defaults(ModelKind.VAE, 2), small.train()),
                        runs.resolve("vae"))), 1, 64, 1e-3, 5);
        robot.interact(() -> window.training().start(plan, List.of(ae.model(), vae.model())));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> window.training().stateProperty().get() == TrainingViewModel.State.IDLE);
        for (Workspace w : List.of(ae, vae)) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.shown() != null && w.shown().size() == 10_000);
        }
        robot.clickOn("Latent space");
        robot.clickOn("Latent explorer");
        settle(ae, vae);
        assertEquals(ModelKind.AE, ae.model().modelProperty().get().spec().kind());
        assertEquals(ModelKind.VAE, vae.model().modelProperty().get().spec().kind());

        // The same view of both models shares the tab, half the width each, both on screen.
        Tab tab = window.view().tab("tab-explorer");
        SplitPane split = (SplitPane) tab.getContent();
        assertEquals(2, split.getItems().size());
        LatentExplorerView aeExplorer = ae.view(LatentExplorerView.class);
        LatentExplorerView vaeExplorer = vae.view(LatentExplorerView.class);
        assertTrue(aeExplorer.isShowing() && vaeExplorer.isShowing());
        assertEquals(aeExplorer.getWidth(), vaeExplorer.getWidth(), 40, "side by side, the same width");

        try (SnapshotCodec aeCodec = codec(ae); SnapshotCodec vaeCodec = codec(vae)) {
            // Each embedding holds the codes of its own encoder, and the two differ.
            assertCodesOf(aeCodec, ae.shown());
            assertCodesOf(vaeCodec, vae.shown());
            assertTrue(maxDifference(ae.shown().code(0), vae.shown().code(0)) > 1e-3, "two models, two codes");

            // Each explorer shows its own decoder's image of its code, not the other's.
            assertDecodedBy(aeCodec, aeExplorer, vaeCodec);
            assertDecodedBy(vaeCodec, vaeExplorer, aeCodec);

            EmbeddingData aeShown = ae.shown();
            robot.interact(() -> window.close(vae));
            assertSame(aeExplorer, tab.getContent(), "alone again, the first model's view fills the tab");
            assertSame(aeShown, ae.shown(), "its samples are untouched");
            robot.interact(() -> aeExplorer.viewModel().setCode(new float[] {1.5f, -0.5f}));
            settle(ae);
            assertDecodedBy(aeCodec, aeExplorer, vaeCodec);
            assertEquals(1, window.workspaces().size());
        }
    }

    private static SnapshotCodec codec(Workspace w) {
        var m = w.model().modelProperty().get();
        return new SnapshotCodec(ModelFactory.standard(), m.spec(), m.parameters());
    }

    private static void assertCodesOf(SnapshotCodec codec, EmbeddingData shown) {
        for (int i = 0; i < 5; i++) {
            float[] expected = codec.encode(shown.image(i), null);
            assertTrue(maxDifference(expected, shown.code(i)) < 1e-4, "code of sample " + i);
        }
    }

    private static void assertDecodedBy(SnapshotCodec own, LatentExplorerView explorer, SnapshotCodec other) {
        float[] code = explorer.viewModel().codeProperty().get();
        float[] shown = explorer.viewModel().decodedProperty().get();
        assertTrue(maxDifference(own.decode(code, null), shown) < 1e-4, "decoded by its own model");
        assertTrue(maxDifference(other.decode(code, null), shown) > 0.05, "not by the other");
    }

    private static double maxDifference(float[] a, float[] b) {
        assertEquals(a.length, b.length);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static void settle(Workspace... workspaces) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (Workspace w : workspaces) {
            assertTrue(w.awaitIdle(20_000), "inference thread idle");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
