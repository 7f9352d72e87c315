package latentlab.train.checkpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The losses of one finished epoch, every term separate, the total first.
 *
 * @param epoch one-based epoch number
 * @param train mean over the epoch's training batches
 * @param validation mean over the whole validation set, without sampling or corruption
 * @param learningRate the rate the epoch was trained with
 */
public record EpochMetrics(int epoch, Map<String, Double> train, Map<String, Double> validation, double learningRate) {
    public EpochMetrics {
        train = Collections.unmodifiableMap(new LinkedHashMap<>(train));
        validation = Collections.unmodifiableMap(new LinkedHashMap<>(validation));
    }
}
