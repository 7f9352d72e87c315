package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import latentlab.data.BundledMnist;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.RunPlanner;
import latentlab.train.SessionConfig;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingService;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.ui.task.QueueExecutor;
import latentlab.ui.workspace.ModelState;
import latentlab.ui.workspace.TrainedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's training commands and state, with the UI thread played by the test. */
class TrainingViewModelTest {
    static DataSplit data;
    static TrainingService service;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        Engines.configure(Engines.Mode.HEADLESS);
        DataSplit full = new BundledMnist().load();
        int[] first = new int[512];
        for (int i = 0; i < first.length; i++) {
            first[i] = i;
        }
        data = new DataSplit("mnist", full.train().subset("mnist/train", first), full.validation());
        service = new TrainingService(ModelFactory.standard());
    }

    @AfterAll
    static void tearDown() {
        service.close();
    }

    private static TrainingViewModel trained(QueueExecutor ex, Path runs, int epochs, ModelState into)
            throws Exception {
        TrainingViewModel vm = new TrainingViewModel(service, ex, runs);
        vm.train(data, ModelSpec.defaults(ModelKind.VAE, 2), new TrainingSettings(epochs, 64, 1e-3, 3), into);
        assertEquals(TrainingViewModel.State.RUNNING, vm.stateProperty().get());
        // The UI thread is busy elsewhere while a whole epoch (dozens of events) goes by: however
        // long that takes on this machine, the UI owes exactly one call, not one per event.
        awaitFirstCheckpoint(runs);
        assertEquals(1, ex.ui.size(), "events that arrive while the UI is busy are applied in one go");
        ex.runUntil(() -> vm.stateProperty().get() == TrainingViewModel.State.IDLE);
        return vm;
    }

    private static void awaitFirstCheckpoint(Path runs) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(runs)) {
                try (var files = Files.walk(runs)) {
                    if (files.anyMatch(f -> f.getFileName().toString().equals(Checkpoints.MODEL_JSON))) {
                        return;
                    }
                } catch (java.io.UncheckedIOException | java.io.IOException renamedWhileWalking) {
                    // A save moved a folder under the walk: look again.
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no epoch finished within two minutes");
    }

    @Test
    void aRunEndsIdleWithEveryEpochAndAModelToDecode() throws Exception {
        QueueExecutor ex = new QueueExecutor();
        ModelState model = new ModelState();
        TrainingViewModel vm = trained(ex, dir, 2, model);
        assertEquals(2, model.history().size());
        assertEquals(1.0, vm.progressProperty().get(), 0.05);
        assertTrue(vm.statusProperty().get().startsWith("Training finished"), vm.statusProperty().get());
        assertNotNull(model.reconstructionsProperty().get(), "the reconstruction panel was fed");
        assertNotNull(model.embeddingProperty().get(), "the live embedding was fed");
        assertNotNull(model.lastBatchProperty().get(), "the loss chart was fed batch losses");
        TrainedModel m = model.modelProperty().get();
        assertNotNull(m);
        assertEquals(ModelKind.VAE, m.spec().kind());
        assertEquals(2, m.epoch(), "the views decode with the weights of the last epoch");
        assertTrue(CheckpointCommands.canSave(model));
        assertEquals(2, model.continuable().info().epoch(), "Train again continues the last checkpoint");
        assertTrue(!model.trainingProperty().get());
    }

    @Test
    void savedCheckpointsOpenWithTheirModelAndHistory() throws Exception {
        QueueExecutor ex = new QueueExecutor();
        ModelState model = new ModelState();
        TrainingViewModel vm = trained(ex, dir.resolve("runs"), 1, model);
        Path saved = dir.resolve("saved");
        new CheckpointCommands(ex, vm).save(model, saved);
        assertEquals(1, Checkpoints.load(saved).info().epoch());
        assertEquals("Saved checkpoint to " + saved, vm.statusProperty().get());

        TrainingViewModel other = new TrainingViewModel(service, ex, dir.resolve("runs2"));
        ModelState opened = new ModelState();
        List<ModelSpec> shown = new ArrayList<>();
        new CheckpointCommands(ex, other).open(saved, () -> opened, shown::add);
        assertEquals(List.of(ModelSpec.defaults(ModelKind.VAE, 2)), shown);
        assertEquals(1, opened.history().size());
        assertEquals(1, opened.modelProperty().get().epoch());
        assertEquals("Epoch 1", other.epochTextProperty().get());
    }

    @Test
    void aPlanOfTwoSessionsFeedsEachModelItsOwnSession() throws Exception {
        QueueExecutor ex = new QueueExecutor();
        TrainingViewModel vm = new TrainingViewModel(service, ex, dir);
        ModelState ae = new ModelState();
        ModelState vae = new ModelState();
        TrainingPlan plan = TrainingPlan.of(data, List.of(
                SessionConfig.fresh("ae", RunPlanner.fit(ModelSpec.defaults(ModelKind.AE, 2), data.train()),
                        dir.resolve("ae")),
                SessionConfig.fresh("vae", RunPlanner.fit(ModelSpec.defaults(ModelKind.VAE, 2), data.train()),
                        dir.resolve("vae"))), 1, 64, 1e-3, 3);
        vm.start(plan, List.of(ae, vae));
        assertTrue(vm.statusProperty().get().startsWith("Training 2 models"), vm.statusProperty().get());
        assertTrue(ae.trainingProperty().get() && vae.trainingProperty().get());
        ex.runUntil(() -> vm.stateProperty().get() == TrainingViewModel.State.IDLE);

        assertEquals(ModelKind.AE, ae.modelProperty().get().spec().kind());
        assertEquals(ModelKind.VAE, vae.modelProperty().get().spec().kind());
        assertEquals(1, ae.history().size());
        assertEquals(1, vae.history().size());
        assertTrue(vae.history().get(0).validation().containsKey("kl"), "the VAE's history has its KL term");
        assertTrue(!ae.history().get(0).validation().containsKey("kl"), "the AE's history is its own");
        assertEquals(dir.resolve("ae"), ae.lastCheckpoint());
        assertEquals(dir.resolve("vae"), vae.lastCheckpoint());
        assertTrue(!java.util.Arrays.equals(ae.reconstructionsProperty().get().reconstructions(),
                vae.reconstructionsProperty().get().reconstructions()), "each panel shows its own model's images");
    }

    @Test
    void savingBeforeAnyEpochSaysWhy() {
        QueueExecutor ex = new QueueExecutor();
        TrainingViewModel vm = new TrainingViewModel(service, ex, dir);
        new CheckpointCommands(ex, vm).save(new ModelState(), dir.resolve("x"));
        assertTrue(vm.errorProperty().get().contains("train for at least one epoch"), vm.errorProperty().get());
        assertTrue(Files.notExists(dir.resolve("x")));
    }

    @Test
    void aCorruptCheckpointIsRefusedWithItsReason() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("model.json"), "{ not json");
        QueueExecutor ex = new QueueExecutor();
        TrainingViewModel vm = new TrainingViewModel(service, ex, dir);
        ModelState model = new ModelState();
        new CheckpointCommands(ex, vm).open(bad, () -> model, s -> { });
        assertTrue(vm.errorProperty().get().startsWith("Could not open the checkpoint"), vm.errorProperty().get());
        assertEquals(null, model.modelProperty().get());
    }
}
