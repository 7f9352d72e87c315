package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LossChartViewModelTest {

    private final LossChartViewModel vm = new LossChartViewModel();

    @Test
    void pointsWaitForTheNextFlushThenAppearAsCurves() {
        for (int b = 0; b < 100; b++) {
            vm.addBatchPoint(b / 100.0, 1.0 / (b + 1), 1e-3);
        }
        vm.addEpoch(1, Map.of("total", 0.5, "reconstruction", 0.4, "kl", 0.1), Map.of("total", 0.55));
        assertTrue(vm.series().isEmpty(), "nothing reaches the chart before a flush");
        var changes = vm.flush();
        assertEquals(100, changes.appended().get(LossChartViewModel.BATCH_SERIES).size());
        assertEquals(5, vm.series().size(), "batch curve + 3 training terms + validation total");
        assertEquals(0.55, vm.series().get("total (val)").get(0).y(), 1e-12);
        assertEquals(1, vm.epochProperty().get());
        assertEquals(1e-3, vm.learningRateProperty().get(), 1e-12);
        assertTrue(vm.readoutProperty().get().contains("Epoch 1"), vm.readoutProperty().get());
        assertTrue(vm.readoutProperty().get().contains("val total 0.5500"), vm.readoutProperty().get());
        assertTrue(vm.flush().isEmpty(), "a second flush has nothing new");
    }

    @Test
    void manyBatchesAreThinnedByAveragingPairs() {
        for (int b = 0; b < LossChartViewModel.MAX_BATCH_POINTS + 2; b++) {
            vm.addBatchPoint(b, b % 2 == 0 ? 1 : 3, 0.1);
        }
        var changes = vm.flush();
        assertTrue(changes.rebuild());
        var batches = vm.series().get(LossChartViewModel.BATCH_SERIES);
        assertEquals(LossChartViewModel.MAX_BATCH_POINTS / 2 + 1, batches.size());
        assertEquals(2.0, batches.get(0).y(), 1e-12);
        assertEquals(0.5, batches.get(0).x(), 1e-12);
    }

    @Test
    void nonFiniteLossesAreSkippedAndClearStartsOver() {
        vm.addBatchPoint(0, Double.NaN, 0.1);
        vm.addEpoch(1, Map.of("total", Double.POSITIVE_INFINITY), Map.of());
        vm.flush();
        assertTrue(vm.series().isEmpty());
        vm.addEpoch(1, Map.of("total", 2.0), Map.of());
        vm.flush();
        vm.clear();
        assertTrue(vm.flush().rebuild());
        assertTrue(vm.series().isEmpty());
        assertEquals("No training yet", vm.readoutProperty().get());
    }

    @Test
    void theEpochAxisRunsToTheNextWholeEpochInWholeSteps() {
        assertEquals(new LossChartViewModel.EpochAxis(1, 1), vm.epochAxis(), "before any point");
        for (int b = 0; b < 30; b++) {
            vm.addBatchPoint(3 + b / 12.0, 1, 1e-3);
        }
        vm.addEpoch(4, Map.of("total", 1.0), Map.of());
        vm.flush();
        assertEquals(new LossChartViewModel.EpochAxis(6, 1), vm.epochAxis(), "batches up to 5.4 epochs");
        vm.addEpoch(37, Map.of("total", 1.0), Map.of());
        vm.flush();
        assertEquals(new LossChartViewModel.EpochAxis(37, 5), vm.epochAxis());
    }
}
