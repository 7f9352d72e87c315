package latentlab.ui.semisupervised;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.export.SemiSupervisedCsv;
import latentlab.latent.Codec;
import latentlab.latent.apps.SemiSupervised;
import latentlab.latent.apps.SemiSupervisedTable;
import latentlab.latent.apps.SemiSupervisedTable.Features;
import latentlab.latent.metrics.ToyModels;
import latentlab.model.ModelKind;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.SameThreadExecutor;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.task.TaskHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemiSupervisedViewModelTest {
    private final DataSplit data = ToyModels.data(120, 60);
    private final Codec codec = new ToyModels.BlendCodec(ModelKind.VAE, 0);

    private SemiSupervisedViewModel model(Codec c, DataSplit d) {
        return new SemiSupervisedViewModel(new SameThreadExecutor(), () -> c, () -> d);
    }

    @Test
    void theFiguresAreThoseOfTheEvaluationWithTheCountsAndSeedTyped() {
        SemiSupervisedViewModel vm = model(codec, data);
        vm.countsProperty().set("40 4,  12");
        vm.seedProperty().set("5");
        vm.compute();
        SemiSupervisedTable expected = SemiSupervised.evaluate(codec, data, List.of(4, 12, 40), 5);
        SemiSupervisedResult r = vm.resultProperty().get();
        assertEquals(expected, r.table(), "every accuracy, iteration count and convergence flag");
        assertEquals(List.of(4, 12, 40), r.counts(), "counts ascending whatever order they were typed in");
        assertEquals(0.25, r.chance(), "four classes");
        assertEquals("VAE", r.model());
        List<SemiSupervisedResult.Row> rows = r.rows();
        assertEquals(3, rows.size());
        assertEquals(SemiSupervisedResult.percent(expected.row(12, Features.PIXELS).orElseThrow().accuracy()),
                rows.get(1).pixels());
        assertEquals(SemiSupervisedResult.percent(expected.row(4, Features.CODES).orElseThrow().accuracy()),
                rows.get(0).codes());
        String reading = String.format(java.util.Locale.ROOT,
                "With 4 labels, the VAE's 2-d codes reach %s where raw pixels reach %s and PCA codes %s; with 40"
                        + " labels, %s against %s and %s (chance 25.0%%).",
                pct(expected, 4, Features.CODES), pct(expected, 4, Features.PIXELS), pct(expected, 4, Features.PCA),
                pct(expected, 40, Features.CODES), pct(expected, 40, Features.PIXELS), pct(expected, 40, Features.PCA));
        assertEquals(reading, r.reading());
        assertEquals("9 classifiers trained and measured on the 60 validation images of toy",
                vm.computation().statusProperty().get());
        assertTrue(r.explanation().contains("120 training images") && r.explanation().contains("60 validation images")
                && r.explanation().contains("seed 5") && r.explanation().contains("1/4 = 25.0%"), r.explanation());
        assertFalse(vm.computation().runningProperty().get());
        assertFalse(vm.staleProperty().get());
    }

    private static String pct(SemiSupervisedTable t, int count, Features f) {
        return SemiSupervisedResult.percent(t.row(count, f).orElseThrow().accuracy());
    }

    @Test
    void newWeightsOrDataMarkTheFiguresStaleAndKeepThem() {
        SemiSupervisedViewModel vm = model(codec, data);
        vm.markStale("the model's weights changed");
        assertFalse(vm.staleProperty().get(), "nothing shown, nothing stale");
        vm.countsProperty().set("8");
        vm.compute();
        SemiSupervisedResult first = vm.resultProperty().get();
        vm.markStale("the model's weights changed");
        assertTrue(vm.staleProperty().get());
        assertTrue(vm.staleNoteProperty().get().startsWith("Stale: the model's weights changed"),
                vm.staleNoteProperty().get());
        assertSame(first, vm.resultProperty().get(), "the figures stay visible");
        vm.compute();
        assertFalse(vm.staleProperty().get(), "computed again: fresh");
        assertEquals("", vm.staleNoteProperty().get());
    }

    @Test
    void newSamplesOfTheSameDataSetChangeNothingAnotherDataSetMakesThemStale() {
        DataSplit[] open = {data};
        SemiSupervisedViewModel vm = new SemiSupervisedViewModel(new SameThreadExecutor(), () -> codec, () -> open[0]);
        vm.countsProperty().set("8");
        vm.compute();
        vm.checkData();
        assertFalse(vm.staleProperty().get(), "the same data set: the figures still hold");
        open[0] = ToyModels.data(40, 20);
        vm.checkData();
        assertTrue(vm.staleProperty().get());
        assertTrue(vm.staleNoteProperty().get().startsWith("Stale: another data set was opened"),
                vm.staleNoteProperty().get());
    }

    @Test
    void aResultComputedWhileTheWeightsChangedArrivesStale() {
        List<TaskHandle> handles = new ArrayList<>();
        List<BackgroundTask<?>> queued = new ArrayList<>();
        TaskExecutor later = queue(queued, handles);
        SemiSupervisedViewModel vm = new SemiSupervisedViewModel(later, () -> codec, () -> data);
        vm.countsProperty().set("8");
        vm.compute();
        vm.compute();
        vm.markStale("the model's weights changed");
        queued.get(0).run(handles.get(0), Runnable::run);
        assertEquals(1, queued.size(), "a second Compute while one runs starts nothing");
        assertTrue(vm.resultProperty().get() != null, "the figures are shown");
        assertTrue(vm.staleProperty().get(), "but they describe the weights before the change");
        assertEquals("Stale: the model's weights changed while these figures were computed. Press Compute to measure"
                + " again.", vm.staleNoteProperty().get());
    }

    @Test
    void cancelStopsAtTheNextCheckAndDeliversNothing() {
        List<TaskHandle> handles = new ArrayList<>();
        List<BackgroundTask<?>> queued = new ArrayList<>();
        SemiSupervisedViewModel[] vm = new SemiSupervisedViewModel[1];
        int[] encodes = {0};
        Codec cancelling = new Codec() {
            @Override
            public latentlab.model.ModelSpec spec() {
                return codec.spec();
            }

            @Override
            public float[] encode(float[] pixels, int[] labels) {
                encodes[0]++;
                vm[0].cancel();
                return codec.encode(pixels, labels);
            }

            @Override
            public float[] decode(float[] codes, int[] labels) {
                return codec.decode(codes, labels);
            }

            @Override
            public void close() {
            }
        };
        vm[0] = new SemiSupervisedViewModel(queue(queued, handles), () -> cancelling, () -> data);
        vm[0].countsProperty().set("8");
        vm[0].compute();
        assertTrue(vm[0].computation().runningProperty().get());
        queued.get(0).run(handles.get(0), Runnable::run);
        assertEquals(1, encodes[0], "the training codes were encoded; the validation codes never were");
        assertNull(vm[0].resultProperty().get());
        assertEquals("Cancelled", vm[0].computation().statusProperty().get());
        assertFalse(vm[0].computation().runningProperty().get());
    }

    @Test
    void badCountsOrSeedAreNamedAndNothingRuns() {
        SemiSupervisedViewModel vm = model(codec, data);
        assertEquals("Labelled counts: 1,000 labelled images are more than the 120 training images",
                vm.inputErrorProperty().get(), "the course's counts are checked against the data set open");
        vm.countsProperty().set("10, ten");
        assertEquals("Labelled counts: 'ten' is not a whole number of labelled images (e.g. 10, 100, 1000)",
                vm.inputErrorProperty().get());
        vm.compute();
        assertEquals(vm.inputErrorProperty().get(), vm.computation().statusProperty().get());
        assertNull(vm.resultProperty().get());
        vm.countsProperty().set("10, 0");
        assertEquals("Labelled counts: A labelled count must be at least 1; 0 is not", vm.inputErrorProperty().get());
        vm.countsProperty().set("10 10");
        assertEquals("Labelled counts: 10 is given twice", vm.inputErrorProperty().get());
        vm.countsProperty().set("500");
        assertEquals("Labelled counts: 500 labelled images are more than the 120 training images",
                vm.inputErrorProperty().get());
        vm.countsProperty().set("1 2 3 4 5 6 7");
        assertTrue(vm.inputErrorProperty().get().startsWith("Labelled counts: At most 6 counts"));
        vm.countsProperty().set(" ");
        assertTrue(vm.inputErrorProperty().get().startsWith("Labelled counts: Type at least one labelled count"));
        vm.countsProperty().set("8");
        vm.seedProperty().set("1.5");
        assertEquals("Seed: '1.5' is not a whole number", vm.inputErrorProperty().get());
        vm.seedProperty().set("3");
        assertEquals("", vm.inputErrorProperty().get());
    }

    @Test
    void withoutAModelOrDataTheStatusSaysWhatIsMissing() {
        SemiSupervisedViewModel noModel = model(null, data);
        noModel.countsProperty().set("8");
        noModel.compute();
        assertTrue(noModel.computation().statusProperty().get().contains("No model is loaded"),
                noModel.computation().statusProperty().get());
        SemiSupervisedViewModel noData = model(codec, null);
        noData.compute();
        assertEquals("No data set: open one first", noData.computation().statusProperty().get());
        assertNull(noData.resultProperty().get());
    }

    @Test
    void theCsvExportIsTheTablesCsv(@TempDir Path dir) throws Exception {
        SemiSupervisedViewModel vm = model(codec, data);
        assertFalse(vm.exportCsv(dir.resolve("early.csv")));
        assertEquals("Nothing to export yet: press Compute first", vm.computation().statusProperty().get());
        vm.countsProperty().set("4, 8");
        vm.compute();
        Path csv = dir.resolve("out/semi-supervised.csv");
        assertTrue(vm.exportCsv(csv));
        assertEquals(SemiSupervisedCsv.toCsv(vm.resultProperty().get().table()),
                Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals("Written: " + csv, vm.computation().statusProperty().get());
    }

    /** Tasks wait until the test runs them, as on a busy inference thread. */
    private static TaskExecutor queue(List<BackgroundTask<?>> tasks, List<TaskHandle> handles) {
        return new TaskExecutor() {
            @Override
            public TaskHandle execute(BackgroundTask<?> task) {
                TaskHandle h = new TaskHandle();
                tasks.add(task);
                handles.add(h);
                return h;
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
    }
}
