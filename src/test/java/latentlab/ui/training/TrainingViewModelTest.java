package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import latentlab.data.BundledMnist;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.ui.common.BackgroundExecutor;
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

    /** Background work runs at once; UI work waits in a queue until the test runs it. */
    static final class QueueExecutor implements BackgroundExecutor {
        final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void onUiThread(Runnable action) {
            ui.add(action);
        }

        /** Runs queued UI work until {@code done} holds; returns how many UI calls that took. */
        int runUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
            int calls = 0;
            long deadline = System.currentTimeMillis() + 120_000;
            while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
                Runnable r = ui.poll();
                if (r == null) {
                    Thread.sleep(20);
                } else {
                    r.run();
                    calls++;
                }
            }
            return calls;
        }
    }

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

    private static TrainingViewModel trained(QueueExecutor ex, Path runs, int epochs) throws Exception {
        TrainingViewModel vm = new TrainingViewModel(service, ex, runs);
        List<Integer> events = new ArrayList<>();
        vm.lastBatchProperty().addListener((o, a, b) -> events.add(1));
        vm.train(data, ModelSpec.defaults(ModelKind.VAE, 2), new TrainingSettings(epochs, 64, 1e-3, 3));
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
        TrainingViewModel vm = trained(ex, dir, 2);
        assertEquals(2, vm.history().size());
        assertEquals(1.0, vm.progressProperty().get(), 0.05);
        assertTrue(vm.statusProperty().get().startsWith("Training finished"), vm.statusProperty().get());
        assertNotNull(vm.reconstructionsProperty().get(), "the reconstruction panel was fed");
        assertNotNull(vm.embeddingProperty().get(), "the live embedding was fed");
        TrainedModel m = vm.modelProperty().get();
        assertNotNull(m);
        assertEquals(ModelKind.VAE, m.spec().kind());
        assertTrue(vm.hasCheckpoint());
    }

    @Test
    void savedCheckpointsOpenWithTheirModelAndHistory() throws Exception {
        QueueExecutor ex = new QueueExecutor();
        TrainingViewModel vm = trained(ex, dir.resolve("runs"), 1);
        Path saved = dir.resolve("saved");
        vm.saveCheckpoint(saved);
        assertEquals(1, Checkpoints.load(saved).info().epoch());

        TrainingViewModel other = new TrainingViewModel(service, ex, dir.resolve("runs2"));
        List<ModelSpec> shown = new ArrayList<>();
        other.openCheckpoint(saved, shown::add);
        assertEquals(List.of(ModelSpec.defaults(ModelKind.VAE, 2)), shown);
        assertEquals(1, other.history().size());
        assertEquals(1, other.modelProperty().get().epoch());
    }

    @Test
    void savingBeforeAnyEpochSaysWhy() {
        TrainingViewModel vm = new TrainingViewModel(service, new QueueExecutor(), dir);
        vm.saveCheckpoint(dir.resolve("x"));
        assertTrue(vm.errorProperty().get().contains("train for at least one epoch"), vm.errorProperty().get());
        assertTrue(Files.notExists(dir.resolve("x")));
    }

    @Test
    void aCorruptCheckpointIsRefusedWithItsReason() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("model.json"), "{ not json");
        TrainingViewModel vm = new TrainingViewModel(service, new QueueExecutor(), dir);
        vm.openCheckpoint(bad, s -> { });
        assertTrue(vm.errorProperty().get().startsWith("Could not open the checkpoint"), vm.errorProperty().get());
        assertEquals(null, vm.modelProperty().get());
    }
}
