package latentlab.train.checkpoint;

import java.util.List;
import java.util.Objects;
import latentlab.model.ModelSpec;

/**
 * What {@code model.json} says about a checkpoint, apart from the file hashes.
 *
 * @param spec the model's architecture and objective
 * @param datasetId the data source it was trained on
 * @param seed the seed of the run (initialisation, shuffling, sampling)
 * @param epoch epochs completed
 * @param batchSize batch size of the run
 * @param learningRate the learning rate of the last epoch
 * @param history the losses of every epoch so far, oldest first
 */
public record CheckpointInfo(ModelSpec spec, String datasetId, long seed, int epoch, int batchSize,
        double learningRate, List<EpochMetrics> history) {
    public CheckpointInfo {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(datasetId, "datasetId");
        history = List.copyOf(history);
    }
}
