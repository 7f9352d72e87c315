package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import latentlab.model.ModelSpec;
import org.junit.jupiter.api.Test;

/** Batch losses reach the window at most every 50 ms, whatever the speed of training. */
class ProgressReporterTest {
    @Test
    void batchEventsComeAtMostEveryIntervalAndAtTheEndOfEachEpoch() {
        var data = TrainingFixtures.data(40, 8);
        ModelSpec spec = TrainingFixtures.spec();
        TrainingPlan plan = new TrainingPlan(data, List.of(SessionConfig.fresh("m", spec, null)), 2, 4, 0.01, 1,
                0, 0);
        List<TrainingEvent.BatchLosses> events = new ArrayList<>();
        long[] clock = {1_000};
        ProgressReporter p = new ProgressReporter(plan, new TrainingRun(), e -> {
            if (e instanceof TrainingEvent.BatchLosses b) {
                events.add(b);
            }
        }, () -> clock[0]);
        p.runStarted();
        int batches = plan.batchesPerEpoch();
        for (int epoch = 1; epoch <= 2; epoch++) {
            p.epochStarted();
            for (int batch = 1; batch <= batches; batch++) {
                clock[0] += 12;
                p.batchDone(epoch, batch, 4, List.of());
            }
        }
        // 10 batches of 12 ms per epoch: the first batch shows at once, then one event per 5 batches
        // (60 ms >= 50 ms), and the end of each epoch is flushed.
        List<Integer> at = events.stream().map(TrainingEvent.BatchLosses::batch).toList();
        assertEquals(List.of(1, 6, 10, 5, 10), at);
        assertEquals(1.0, events.get(events.size() - 1).progress(), 1e-9);
    }
}
