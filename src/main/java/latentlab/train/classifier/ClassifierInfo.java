package latentlab.train.classifier;

import java.util.List;
import java.util.Objects;

/**
 * How a reference classifier was made and how well it does: what its {@code classifier.json} says.
 *
 * @param architecture the network, in one line ({@code ReferenceCnn.ARCHITECTURE})
 * @param dataset the data source it learned from
 * @param trainImages images of the training split it learned from
 * @param validationImages images of the validation split it was measured on (never trained on)
 * @param seed seed of initialisation and shuffling
 * @param epochs passes over the training split
 * @param batchSize images per step
 * @param learningRate Adam's learning rate
 * @param history the training loss and validation accuracy after each epoch
 */
public record ClassifierInfo(String architecture, String dataset, int trainImages, int validationImages, long seed,
        int epochs, int batchSize, double learningRate, List<Epoch> history) {

    /** One epoch: mean cross-entropy over the training split while it ran, accuracy on validation after it. */
    public record Epoch(int epoch, double trainLoss, double validationAccuracy) {
    }

    public ClassifierInfo {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(dataset, "dataset");
        history = List.copyOf(history);
    }

    /** The validation accuracy after the last epoch. */
    public double validationAccuracy() {
        if (history.isEmpty()) {
            throw new IllegalStateException("the classifier has no finished epoch");
        }
        return history.get(history.size() - 1).validationAccuracy();
    }
}
