package latentlab.ui.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import latentlab.data.BundledSubsets;
import latentlab.data.DataSplit;
import latentlab.export.CompressionFiles;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.ErrorMetric;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.QueueExecutor;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.task.TaskHandle;
import latentlab.ui.training.TrainingSettings;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.workspace.ModelState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep from the window: trained through the window's run, measured, shown, and refused when it must be. */
class CompressionViewModelTest {
    static DataSplit data;
    static TrainingService service;

    @TempDir
    Path runs;

    private final QueueExecutor ui = new QueueExecutor();
    private TrainingViewModel training;

    @BeforeAll
    static void setUp() throws Exception {
        Engines.configure(Engines.Mode.HEADLESS);
        data = BundledSubsets.first(512, 300);
        service = new TrainingService(ModelFactory.standard());
    }

    @AfterAll
    static void tearDown() {
        service.close();
    }

    private CompressionViewModel tinySweep(int epochs) {
        training = new TrainingViewModel(service, ui, runs);
        CompressionViewModel vm = new CompressionViewModel(new CompressionServices(training, service.factory(), ui,
                runs), () -> data);
        vm.setSizes(List.of(2, 4));
        vm.epochsProperty().set(epochs);
        return vm;
    }

    private List<Path> files(String name) throws Exception {
        try (Stream<Path> all = Files.walk(runs)) {
            return all.filter(f -> f.getFileName().toString().equals(name)).toList();
        }
    }

    @Test
    void theChartShowsTheSweepsFiguresAndPcaImprovesWithSize() throws Exception {
        CompressionViewModel vm = tinySweep(1);
        assertEquals(CompressionViewModel.DEFAULT_EPOCHS, new CompressionViewModel(new CompressionServices(
                new TrainingViewModel(service, ui, runs), service.factory(), ui, runs), () -> data).epochsProperty()
                .get(), "a class-sized default");
        vm.runSweep();
        assertTrue(vm.runningProperty().get());
        assertEquals(TrainingViewModel.State.RUNNING, training.stateProperty().get(), "the window's run trains it");
        ui.runUntil(() -> !vm.runningProperty().get());

        CompressionResult r = vm.resultProperty().get();
        assertNotNull(r, vm.statusProperty().get());
        assertEquals(6, r.points().size(), "AE, VAE and PCA at sizes 2 and 4");
        for (ErrorMetric metric : ErrorMetric.values()) {
            vm.metricProperty().set(metric);
            List<CompressionViewModel.Line> lines = vm.linesProperty().get();
            assertEquals(List.of(ModelKind.AE, ModelKind.VAE, ModelKind.PCA),
                    lines.stream().map(CompressionViewModel.Line::kind).toList());
            for (CompressionViewModel.Line line : lines) {
                for (CompressionViewModel.Mark m : line.marks()) {
                    CompressionPoint p = r.point(line.kind(), m.codeSize()).orElseThrow();
                    assertEquals(metric == ErrorMetric.BCE ? p.bce() : p.mse(), m.error(), 0.0,
                            line.kind() + " at " + m.codeSize());
                }
            }
            List<CompressionViewModel.Mark> pca = lines.get(2).marks();
            assertTrue(pca.get(1).error() < pca.get(0).error(), "PCA with 4 components beats 2 in " + metric);
        }
        assertTrue(vm.explanationProperty().get().startsWith("AE and VAE trained 1 epoch each on mnist (hidden layers 400, seed 1"),
                vm.explanationProperty().get());
        assertTrue(vm.readingProperty().get().startsWith("At code size 2 "), vm.readingProperty().get());
        Path folder = vm.folderProperty().get();
        assertTrue(folder.startsWith(runs), "the sweep is kept under the runs folder: " + folder);
        assertEquals(1, Checkpoints.load(folder.resolve("vae-4")).info().epoch());
        assertTrue(Files.isRegularFile(folder.resolve(CompressionFiles.CSV)));
        assertEquals(TrainingViewModel.State.IDLE, training.stateProperty().get());
    }

    @Test
    void aSweepIsRefusedWhileTheWindowTrains() throws Exception {
        CompressionViewModel vm = tinySweep(1);
        training.train(data, ModelSpec.defaults(ModelKind.AE, 2), new TrainingSettings(5, 64, 1e-3, 3),
                new ModelState());
        assertEquals(TrainingViewModel.State.RUNNING, training.stateProperty().get());
        vm.runSweep();
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("A training run is in progress"), vm.statusProperty().get());
        training.stop();
        ui.runUntil(() -> training.stateProperty().get() == TrainingViewModel.State.IDLE);
        try (Stream<Path> all = Files.list(runs)) {
            assertTrue(all.noneMatch(f -> f.getFileName().toString().endsWith("-compression")),
                    "a refused sweep makes no folder");
        }
    }

    @Test
    void trainIsRefusedWhileASweepRunsAndCancelLeavesNoResult() throws Exception {
        CompressionViewModel vm = tinySweep(3);
        vm.runSweep();
        assertTrue(vm.runningProperty().get());
        ModelState other = new ModelState();
        training.train(data, ModelSpec.defaults(ModelKind.AE, 2), new TrainingSettings(1, 64, 1e-3, 3), other);
        assertTrue(training.errorProperty().get().startsWith("A run is in progress"), training.errorProperty().get());
        assertFalse(other.trainingProperty().get(), "the sweep's run was not replaced");
        training.clearError();
        assertFalse(training.compare(data, ModelSpec.defaults(ModelKind.VAE, 2), new TrainingSettings(1, 64, 1e-3, 3),
                other, new ModelState()), "Compare does not start beside the sweep");
        assertTrue(training.errorProperty().get().startsWith("A run is in progress"), training.errorProperty().get());

        vm.cancel();
        ui.runUntil(() -> !vm.runningProperty().get());
        assertNull(vm.resultProperty().get(), "a cancelled sweep shows no half result");
        assertTrue(vm.linesProperty().get().isEmpty());
        assertTrue(vm.statusProperty().get().startsWith("Sweep stopped before it finished: no result"),
                vm.statusProperty().get());
        assertTrue(files(CompressionFiles.JSON).isEmpty(), "and writes none");
        assertEquals(TrainingViewModel.State.IDLE, training.stateProperty().get());
    }

    @Test
    void cancelWhileMeasuringShowsAndWritesNoResult() throws Exception {
        List<Runnable> held = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public TaskHandle execute(BackgroundTask<?> task) {
                TaskHandle handle = new TaskHandle();
                held.add(() -> task.run(handle, Runnable::run));
                return handle;
            }

            @Override
            public void onUiThread(Runnable action) {
                ui.onUiThread(action);
            }
        };
        training = new TrainingViewModel(service, ui, runs);
        CompressionViewModel vm = new CompressionViewModel(new CompressionServices(training, service.factory(), later,
                runs), () -> data);
        vm.setSizes(List.of(2));
        vm.epochsProperty().set(1);
        vm.runSweep();
        ui.runUntil(() -> !held.isEmpty());
        assertTrue(vm.runningProperty().get(), "trained, now measuring");
        vm.cancel();
        assertFalse(vm.runningProperty().get());
        held.forEach(Runnable::run);
        assertNull(vm.resultProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Sweep cancelled while measuring: no result"),
                vm.statusProperty().get());
        assertTrue(files(CompressionFiles.JSON).isEmpty() && files(CompressionFiles.CSV).isEmpty());
        assertEquals(2, files(Checkpoints.MODEL_JSON).size(), "ae-2 and vae-2 keep their checkpoints");
    }

    @Test
    void openingAFolderThatIsNotASweepSaysWhyAndKeepsTheChart() throws Exception {
        CompressionViewModel vm = tinySweep(1);
        Path good = Files.createDirectories(runs.resolve("good"));
        CompressionFiles.write(CompressionReadingTest.result(), good);
        vm.open(good);
        assertEquals(CompressionReadingTest.result(), vm.resultProperty().get());
        assertEquals(3, vm.linesProperty().get().size());

        Path bad = Files.createDirectories(runs.resolve("bad"));
        Files.writeString(bad.resolve(CompressionFiles.JSON), "{\"dataset\": \"mnist\", \"points\": [");
        vm.open(bad);
        assertTrue(vm.statusProperty().get().startsWith("Could not open the sweep: " + bad.resolve(
                CompressionFiles.JSON) + " is damaged"), vm.statusProperty().get());
        assertEquals(CompressionReadingTest.result(), vm.resultProperty().get(), "the chart shown stays");
        assertEquals(good, vm.folderProperty().get());

        vm.open(runs.resolve("empty-" + System.nanoTime()));
        assertTrue(vm.statusProperty().get().contains("holds no compression.json"), vm.statusProperty().get());
    }
}
