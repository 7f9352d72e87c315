package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.train.ModelFactory;
import latentlab.train.SnapshotCodec;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.train.classifier.ClassifierFiles;
import latentlab.train.classifier.EngineClassifier;
import latentlab.ui.embedding.Embedding2DView;
import latentlab.ui.plot.DataRange;
import latentlab.ui.plot.HoleMap;
import latentlab.ui.plot.PlotFrame;
import latentlab.ui.plot.ScatterViewModel;
import latentlab.ui.scoreboard.ScoreboardView;
import latentlab.ui.scoreboard.ScoreboardViewModel;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.traversal.TraversalKind;
import latentlab.ui.traversal.TraversalPlayerViewModel;
import latentlab.ui.traversal.TraversalViewModel;
import latentlab.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Comparison mode as a student starts it: one shortcut trains an AE and a VAE of the same
 * architecture in lockstep and shows them side by side, with linked pins, selections and one
 * shared scale; a traversal between two pinned samples plays in both, and each scoreboard fills in.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonModeTest {
    private WindowFixture fixture;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, 1260, 780);
        window = fixture.window;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theShortcutTrainsAnAeAndAVaeSideBySideWithLinkedControls(FxRobot robot) throws Exception {
        fixture.awaitReady();
        robot.interact(() -> window.settings().epochsProperty().set(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.training().stateProperty().get() != TrainingViewModel.State.IDLE);
        // The panel on the left still shows its own kind: a notice says what the two models take from it.
        var notice = robot.lookup(".notification-pane").queryAs(org.controlsfx.control.NotificationPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, notice::isShowing);
        String expected = "hidden layers " + latentlab.model.Settings.HIDDEN.format(window.settings().spec().hidden())
                + " and " + window.settings().spec().latentDim() + "-d codes from the panel";
        assertTrue(notice.getText().startsWith("Comparing an autoencoder (left) and a VAE (right)")
                && notice.getText().contains(expected), notice.getText());
        assertTrue(notice.getStyleClass().contains(MainView.INFO_STYLE), "information, not drawn as an error");
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS,
                () -> window.training().stateProperty().get() == TrainingViewModel.State.IDLE);
        List<Workspace> open = window.workspaces();
        assertEquals(2, open.size(), "the VAE opens beside the AE");
        Workspace ae = open.get(0);
        Workspace vae = open.get(1);
        for (Workspace w : open) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.shown() != null && w.shown().size() == 10_000);
        }
        WaitForAsyncUtils.waitForFxEvents();

        ModelSpec aeSpec = ae.model().modelProperty().get().spec();
        ModelSpec vaeSpec = vae.model().modelProperty().get().spec();
        assertEquals(ModelKind.AE, aeSpec.kind());
        assertEquals(ModelKind.VAE, vaeSpec.kind());
        assertEquals(aeSpec.hidden(), vaeSpec.hidden(), "the same hidden layers");
        assertEquals(aeSpec.latentDim(), vaeSpec.latentDim(), "the same latent size");
        assertEquals(window.settings().spec().latentDim(), aeSpec.latentDim(), "the latent size set on the left");
        long aeSeed = Checkpoints.load(ae.model().lastCheckpoint()).info().seed();
        long vaeSeed = Checkpoints.load(vae.model().lastCheckpoint()).info().seed();
        assertEquals(aeSeed, vaeSeed, "the same seed");
        assertEquals(1, ae.model().history().size());
        assertEquals(1, vae.model().history().size(), "stepped in lockstep: both finished the epoch");

        // Each model's views are under a header naming it.
        List<String> headers = robot.lookup(".workspace-header").queryAllAs(Label.class).stream()
                .map(Label::getText).distinct().toList();
        assertTrue(headers.stream().anyMatch(h -> h.contains("Autoencoder (MLP)")), headers.toString());
        assertTrue(headers.stream().anyMatch(h -> h.contains("Variational autoencoder")), headers.toString());

        // Each plot's hole map scores its own model's decoded grid with the reference classifier.
        assertHoleMapOfItsOwnModel(ae, scatter(ae));
        assertHoleMapOfItsOwnModel(vae, scatter(vae));

        // Pinning a sample in one plot pins the same sample in the other, both ways.
        ScatterViewModel left = scatter(ae);
        ScatterViewModel right = scatter(vae);
        robot.interact(() -> left.choice().pin(123));
        assertEquals(123, right.pinnedProperty().get());
        robot.interact(() -> right.choice().pin(4567));
        assertEquals(4567, left.pinnedProperty().get());

        // A box drawn over one plot selects the same samples in the other.
        robot.interact(() -> left.choice().selectBox(0, 0, 5000, 5000));
        int[] boxed = left.choice().selectionProperty().get();
        assertTrue(boxed.length > 1000, "the box covers the plot: " + boxed.length);
        assertArrayEquals(boxed, right.choice().selectionProperty().get());

        playsTheTraversalBetweenThePinnedSamplesInBoth(robot, ae, vae);
        fillsInTheScoreboardOfBoth(robot, ae, vae);
        exportsTheCodesForTheProjectorAndThePlottedPoints(robot, ae);

        // "Same scale" in one turns it on in both, over a range holding both models' codes.
        PlotFrame lf = left.frame();
        PlotFrame rf = right.frame();
        robot.interact(() -> rf.sharedScaleProperty().set(true));
        assertTrue(lf.sharedScaleProperty().get(), "one switch for both plots");
        DataRange shared = lf.sharedRangeProperty().get();
        assertEquals(shared, rf.sharedRangeProperty().get());
        assertEquals(DataRange.union(lf.dataRangeProperty().get(), rf.dataRangeProperty().get()), shared);

        // Closing the VAE unlinks them: the AE plot is on its own range again.
        robot.interact(() -> window.close(vae));
        assertEquals(null, lf.sharedRangeProperty().get());
        robot.interact(() -> left.choice().pin(9));
        assertEquals(4567, right.pinnedProperty().get(), "the closed plot no longer follows");
    }

    /** The last two pins are the interpolation's ends; each player decodes its own model's path. */
    private void playsTheTraversalBetweenThePinnedSamplesInBoth(FxRobot robot, Workspace ae, Workspace vae)
            throws Exception {
        TraversalViewModel traversal = window.traversal();
        assertEquals(123, traversal.chooser().sampleAProperty().get());
        assertEquals(4567, traversal.chooser().sampleBProperty().get());
        robot.clickOn("Traversal");
        assertTrue(window.view().tab(TraversalTab.ID).isSelected(), "the click on Traversal selected its tab");
        robot.clickOn("#traversal-start");
        List<TraversalPlayerViewModel> players = traversal.players();
        assertEquals(2, players.size(), "a player per model");
        assertTrue(players.get(0).name().contains("Autoencoder (MLP)"), players.get(0).name());
        assertTrue(players.get(1).name().contains("Variational autoencoder"), players.get(1).name());
        for (TraversalPlayerViewModel p : players) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> p.framesProperty().get() != null);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> traversal.clock().frameProperty().get() > 0);
        assertTrue(traversal.clock().playingProperty().get(), "it plays in both at once, on one clock");
        float[][] first = new float[2][];
        for (int k = 0; k < 2; k++) {
            Workspace w = k == 0 ? ae : vae;
            TraversalPlayerViewModel.Frames frames = players.get(k).framesProperty().get();
            var m = w.model().modelProperty().get();
            try (SnapshotCodec codec = new SnapshotCodec(ModelFactory.standard(), m.spec(), m.parameters())) {
                float[] start = codec.decode(w.shown().code(123), null);
                float[] end = codec.decode(w.shown().code(4567), null);
                int px = frames.pixels();
                assertArrayEquals(start, Arrays.copyOfRange(frames.images(), 0, px), 1e-5f,
                        "frame 0 is sample 123 decoded by " + w.title() + "'s own model");
                assertArrayEquals(end, Arrays.copyOfRange(frames.images(), (frames.count() - 1) * px,
                        frames.count() * px), 1e-5f, "the last frame is sample 4567");
                first[k] = start;
            }
        }
        assertFalse(Arrays.equals(first[0], first[1]), "two models, two pictures of the same sample");
        robot.interact(() -> traversal.clock().pause());

        // A path drawn over the AE's plot is played in both, at the same coordinates in each latent space.
        ScatterViewModel plot = scatter(ae);
        robot.interact(() -> {
            var t = plot.transform();
            plot.path().finish(new double[] {t.toScreenX(-1), t.toScreenY(0.5), t.toScreenX(0), t.toScreenY(0),
                t.toScreenX(1), t.toScreenY(-0.5)});
        });
        assertEquals(TraversalKind.DRAWN, traversal.chooser().kindProperty().get());
        robot.clickOn("#traversal-start");
        for (int k = 0; k < 2; k++) {
            Workspace w = k == 0 ? ae : vae;
            TraversalPlayerViewModel p = players.get(k);
            var m = w.model().modelProperty().get();
            try (SnapshotCodec codec = new SnapshotCodec(ModelFactory.standard(), m.spec(), m.parameters())) {
                float[] start = codec.decode(new float[] {-1, 0.5f}, null);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> p.framesProperty().get() != null
                        && maxDifference(start, Arrays.copyOfRange(p.framesProperty().get().images(), 0,
                                start.length)) < 1e-5);
            }
        }
        robot.interact(() -> traversal.clock().pause());
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** File > Export codes for the Projector and File > Export 2D coordinates, for the first model. */
    private void exportsTheCodesForTheProjectorAndThePlottedPoints(FxRobot robot, Workspace ae) throws Exception {
        Path dir = Files.createTempDirectory("latentlab-export");
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            CodeExports.projector(ae, window.mainModel().dataProperty().get(), dir.resolve("projector"), said::add);
            CodeExports.coordinates(ae, dir.resolve("points.csv"), fixture.workers.background(), said::add);
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> said.size() == 2);
        assertTrue(said.stream().anyMatch(m -> m.startsWith("The codes of 10,000 images are in")), said.toString());
        List<String> vectors = Files.readAllLines(dir.resolve("projector/vectors.tsv"));
        assertEquals(10_000, vectors.size(), "one code per image, no header");
        assertEquals(2, vectors.get(0).split("\t").length, "2-d codes");
        List<String> metadata = Files.readAllLines(dir.resolve("projector/metadata.tsv"));
        assertEquals("label\tsplit\tindex\tmse_per_pixel", metadata.get(0));
        assertEquals(10_001, metadata.size());
        assertTrue(Files.size(dir.resolve("projector/sprite.png")) > 0);
        assertTrue(Files.readString(dir.resolve("projector/projector_config.pbtxt")).contains("vectors.tsv"));
        List<String> points = Files.readAllLines(dir.resolve("points.csv"));
        assertEquals("x,y,label,index", points.get(0));
        assertEquals(10_001, points.size(), "every plotted point");
    }

    /** Compute in each model's scoreboard fills in its figures, each for its own model. */
    private static void fillsInTheScoreboardOfBoth(FxRobot robot, Workspace ae, Workspace vae) throws Exception {
        robot.clickOn("Scoreboard");
        for (Node button : robot.lookup("#scoreboard-compute").queryAll()) {
            robot.clickOn(button);
        }
        for (Workspace w : List.of(ae, vae)) {
            ScoreboardViewModel board = w.view(ScoreboardView.class).viewModel();
            // The table is what the user reads; result and rows are set one after the other on the FX thread.
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> board.rowsProperty().get().size() >= 8);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(board.rowsProperty().get().stream().noneMatch(r -> r.value().isBlank()));
        }
        assertTrue(ae.view(ScoreboardView.class).viewModel().resultProperty().get().model().contains("Autoencoder"));
        assertTrue(vae.view(ScoreboardView.class).viewModel().resultProperty().get().model().contains("Variational"));
    }

    private static ScatterViewModel scatter(Workspace w) {
        return w.view(Embedding2DView.class).scatter().viewModel();
    }

    /** Cells of the map hold the top-class probability of what the workspace's model decodes there. */
    private static void assertHoleMapOfItsOwnModel(Workspace w, ScatterViewModel plot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plot.layers().holeMapProperty().get() != null);
        var m = w.model().modelProperty().get();
        try (SnapshotCodec codec = new SnapshotCodec(ModelFactory.standard(), m.spec(), m.parameters());
                EngineClassifier judge = new EngineClassifier(ClassifierFiles.loadBundled().parameters())) {
            // The map for the final weights arrives after the run's last snapshot; wait for it.
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                HoleMap map = plot.layers().holeMapProperty().get();
                var linear = plot.projectedProperty().get().linear();
                float[] centres = HoleMap.cellCentres(map.range(), map.n());
                for (int k : new int[] {0, map.n() * map.n() / 2 + map.n() / 3, map.n() * map.n() - 1}) {
                    float[] code = linear.moveTo(new float[2], new float[] {centres[2 * k], centres[2 * k + 1]});
                    float[] p = judge.classify(codec.decode(code, null)).probabilities();
                    float top = 0;
                    for (float v : p) {
                        top = Math.max(top, v);
                    }
                    if (Math.abs(top - map.values()[k]) > 1e-3) {
                        return false;
                    }
                }
                return true;
            });
        }
    }
}
