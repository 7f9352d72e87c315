package latentlab.train;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import latentlab.data.DataSplit;

/**
 * What a run trains: every session on the same batches, in lockstep.
 *
 * @param data training and validation sets
 * @param sessions the models, stepped in turn on each batch
 * @param epochs train until this many epochs are done in all (resumed epochs count)
 * @param batchSize images per step
 * @param learningRate Adam's step size, changeable between epochs
 * @param seed initialisation, shuffling and sampling all derive from it
 * @param panelSize validation images in the reconstruction panel
 * @param embeddingSize validation images whose codes feed the live embedding
 */
public record TrainingPlan(DataSplit data, List<SessionConfig> sessions, int epochs, int batchSize,
        double learningRate, long seed, int panelSize, int embeddingSize) {

    public static final int DEFAULT_PANEL = 16;
    public static final int DEFAULT_EMBEDDING = 2000;

    public TrainingPlan {
        Objects.requireNonNull(data, "data");
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one model");
        }
        Set<String> ids = new HashSet<>();
        for (SessionConfig s : sessions) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two models are named " + s.id());
            }
            if (s.spec().inputSize() != data.train().pixelsPerImage()) {
                throw new IllegalArgumentException("model " + s.id() + " takes " + s.spec().imageSide() + "x"
                        + s.spec().imageSide() + " images but " + data.sourceId() + " has "
                        + data.train().rows() + "x" + data.train().cols());
            }
            if (s.resumeFrom() != null) {
                var info = s.resumeFrom().info();
                if (!info.datasetId().equals(data.sourceId())) {
                    throw new IllegalArgumentException("checkpoint of " + s.id() + " was trained on "
                            + info.datasetId() + ", not " + data.sourceId());
                }
                if (info.seed() != seed) {
                    throw new IllegalArgumentException("checkpoint of " + s.id() + " was trained with seed "
                            + info.seed() + ", not " + seed);
                }
            }
            if (s.firstEpoch() != sessions.get(0).firstEpoch()) {
                throw new IllegalArgumentException("models trained in lockstep must resume from the same epoch");
            }
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (data.train().size() == 0 || data.validation().size() == 0) {
            throw new IllegalArgumentException("training and validation sets must not be empty");
        }
        if (panelSize < 0 || embeddingSize < 0) {
            throw new IllegalArgumentException("panel and embedding sizes must be >= 0");
        }
    }

    /** A plan with the default panel and embedding sizes. */
    public static TrainingPlan of(DataSplit data, List<SessionConfig> sessions, int epochs, int batchSize,
            double learningRate, long seed) {
        return new TrainingPlan(data, sessions, epochs, batchSize, learningRate, seed, DEFAULT_PANEL,
                DEFAULT_EMBEDDING);
    }

    public int firstEpoch() {
        return sessions.get(0).firstEpoch();
    }

    public int batchesPerEpoch() {
        return (data.train().size() + batchSize - 1) / batchSize;
    }
}
