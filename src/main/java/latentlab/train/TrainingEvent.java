package latentlab.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.train.checkpoint.EpochMetrics;

/**
 * What a training run tells its listeners: plain values only (no engine types), so that any
 * thread may keep them. Epochs are numbered from 1. Batch losses arrive at most every
 * {@link ProgressReporter#BATCH_EVENT_INTERVAL_MS} ms; everything else at most once per epoch.
 * Every run ends with exactly one event whose {@link #endsRun()} is true, and sends nothing after it.
 */
public sealed interface TrainingEvent {

    /** True for the last event of a run. */
    default boolean endsRun() {
        return false;
    }

    /** Completed, cancelled or failed: always the last event of the run. */
    sealed interface Terminal extends TrainingEvent {
        @Override
        default boolean endsRun() {
            return true;
        }
    }

    /** Training is about to begin. */
    record Started(List<String> sessionIds, int firstEpoch, int epochs, int batchesPerEpoch, int batchSize,
            String device) implements TrainingEvent {
        public Started {
            sessionIds = List.copyOf(sessionIds);
        }
    }

    /**
     * Recent training losses of each session (mean since the previous such event), with progress.
     *
     * @param epoch the epoch in progress
     * @param batch batches of this epoch done
     * @param losses session id to term to value
     * @param progress fraction of the whole run done, 0..1
     * @param etaSeconds estimated seconds left, NaN while unknown
     */
    record BatchLosses(int epoch, int batch, int batchesPerEpoch, long step,
            Map<String, Map<String, Double>> losses, double samplesPerSecond, double progress, double etaSeconds)
            implements TrainingEvent {
        public BatchLosses {
            Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
            losses.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
            losses = Collections.unmodifiableMap(copy);
        }
    }

    /** A session finished an epoch; its training and validation losses, term by term. */
    record EpochEnded(String sessionId, EpochMetrics metrics, double seconds) implements TrainingEvent { }

    /**
     * The fixed panel of validation images and the session's reconstructions of them.
     *
     * @param originals {@code labels.length} images, row-major
     * @param reconstructions the same number of images, same layout
     */
    record Reconstructions(String sessionId, int epoch, int imageSide, int[] labels, float[] originals,
            float[] reconstructions) implements TrainingEvent { }

    /**
     * The codes of a fixed validation subset, for the live embedding.
     *
     * @param indices positions in the validation set
     * @param codes {@code indices.length x latentDim}, row-major
     */
    record Embedding(String sessionId, int epoch, int latentDim, int[] indices, int[] labels, float[] codes)
            implements TrainingEvent { }

    /** A checkpoint of the session was written, complete, at {@code path}. */
    record CheckpointSaved(String sessionId, int epoch, String path) implements TrainingEvent { }

    record Paused(int epoch) implements TrainingEvent { }

    record Resumed(int epoch) implements TrainingEvent { }

    /** The learning rate {@code learningRate} applies from epoch {@code epoch} on. */
    record LearningRateChanged(int epoch, double learningRate) implements TrainingEvent { }

    /** Every session trained every epoch (sessions that diverged earlier excepted). */
    record Completed(int epochs, List<String> divergedSessions) implements Terminal {
        public Completed {
            divergedSessions = List.copyOf(divergedSessions);
        }
    }

    /** Stopped on request; nothing of the unfinished epoch was saved. */
    record Cancelled(int epoch) implements Terminal { }

    /**
     * A session's loss became NaN or infinite; it stopped, keeping its last good checkpoint.
     * {@code endsRun} is true when no session is left to train.
     */
    record Diverged(String sessionId, int epoch, double learningRate, String message, boolean endsRun)
            implements TrainingEvent { }

    /** An unexpected error ended the run. */
    record Failed(String message) implements Terminal { }
}
