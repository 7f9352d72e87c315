package latentlab.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The run's pulse between epochs: batch losses at most every {@value #BATCH_EVENT_INTERVAL_MS} ms
 * (and at the end of an epoch), weights for decoding every {@value #SNAPSHOT_INTERVAL_MS} ms or
 * when a view asks.
 */
final class ProgressReporter {
    static final long BATCH_EVENT_INTERVAL_MS = 50;
    static final long SNAPSHOT_INTERVAL_MS = 150;

    private final TrainingPlan plan;
    private final TrainingRun run;
    private final TrainingListener out;
    /** Wall-clock milliseconds: the system clock, or a test's. */
    private final LongSupplier millis;
    private long startNanos;
    private long epochStart;
    private long batchesDone;
    private long lastBatchEvent;
    private long lastSnapshot;

    ProgressReporter(TrainingPlan plan, TrainingRun run, TrainingListener out) {
        this(plan, run, out, System::currentTimeMillis);
    }

    ProgressReporter(TrainingPlan plan, TrainingRun run, TrainingListener out, LongSupplier millis) {
        this.plan = plan;
        this.run = run;
        this.out = out;
        this.millis = millis;
    }

    void runStarted() {
        startNanos = System.nanoTime();
        lastSnapshot = millis.getAsLong();
    }

    void epochStarted() {
        epochStart = System.nanoTime();
    }

    /** After each batch: its losses when due, and fresh weights when due. */
    void batchDone(int epoch, int batch, int n, List<Session> active) {
        batchesDone++;
        int batches = plan.batchesPerEpoch();
        long now = millis.getAsLong();
        if (now - lastBatchEvent >= BATCH_EVENT_INTERVAL_MS || batch == batches) {
            lastBatchEvent = now;
            out.onEvent(batchLosses(epoch, batch, n, active));
        }
        if (run.takeSnapshotRequest() || now - lastSnapshot >= SNAPSHOT_INTERVAL_MS) {
            lastSnapshot = now;
            active.forEach(this::publish);
        }
    }

    /** Makes the session's current weights the ones views decode with. */
    void publish(Session s) {
        run.publish(s.id(), s.model.snapshot());
    }

    private TrainingEvent batchLosses(int epoch, int batch, int n, List<Session> active) {
        Map<String, Map<String, Double>> losses = new LinkedHashMap<>();
        for (Session s : active) {
            if (!s.recentMeans.isEmpty()) {
                losses.put(s.id(), s.recentMeans.means());
                s.recentMeans.reset();
            }
        }
        int batches = plan.batchesPerEpoch();
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long total = (long) (plan.epochs() - plan.firstEpoch()) * batches;
        double progress = (double) batchesDone / total;
        double eta = batchesDone == 0 ? Double.NaN : elapsed / batchesDone * (total - batchesDone);
        double epochSeconds = (System.nanoTime() - epochStart) / 1e9;
        double samples = (double) (batch - 1) * plan.batchSize() + n;
        return new TrainingEvent.BatchLosses(epoch, batch, batches, batchesDone, losses,
                epochSeconds > 0 ? samples / epochSeconds : Double.NaN, Math.min(1, progress), eta);
    }
}
