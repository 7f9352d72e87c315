package latentlab.data;

import java.util.Objects;

/**
 * The training and validation sets of one data source.
 *
 * @param sourceId the source's identifier, e.g. {@code mnist}
 * @param train images the model learns from
 * @param validation held-out images for validation losses and embeddings
 */
public record DataSplit(String sourceId, Dataset train, Dataset validation) {
    public DataSplit {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
    }
}
