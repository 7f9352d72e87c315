package latentlab.latent.apps;

import java.util.List;
import java.util.Optional;

/**
 * The semi-supervised view's table: validation accuracy of one linear classifier trained on a
 * few labelled images, seen as the model's codes, as raw pixels, and as PCA codes of the same size.
 *
 * @param latentDim the size of the model's codes and of the PCA codes
 * @param seed the seed of the labelled subsets
 * @param validationSize images the accuracies are measured on
 * @param rows one row per labelled count and feature set, counts ascending, then features in
 *     {@link Features} order
 */
public record SemiSupervisedTable(int latentDim, long seed, int validationSize, List<Row> rows) {

    /** What the classifier sees of an image. */
    public enum Features {
        CODES("model codes"), PIXELS("raw pixels"), PCA("PCA codes");

        private final String label;

        Features(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One classifier.
     *
     * @param labelled labelled training images it learned from, class-balanced
     * @param features what it saw of each image
     * @param featureCount numbers per image
     * @param accuracy fraction of validation images classified right
     * @param iterations L-BFGS steps it took
     * @param converged whether training stopped at a small gradient rather than at the step budget
     */
    public record Row(int labelled, Features features, int featureCount, double accuracy, int iterations,
            boolean converged) {
    }

    public static final Explanation ACCURACY = new Explanation("validation accuracy",
            "(validation images whose most probable class is their label) / (validation images)",
            "How well a linear classifier does from this many labels; codes that beat raw pixels with few"
                    + " labels have organised the digits by class without being told.");
    public static final Explanation CLASSIFIER = new Explanation("linear classifier",
            "softmax(W z + b), z = standardized features; minimize mean cross-entropy + (1/(2n)) ||W||^2 by L-BFGS",
            "Multinomial logistic regression with scikit-learn's default L2 strength (C = 1, so lambda = 1/n),"
                    + " trained from zero weights, so the same labels give the same classifier.");

    public SemiSupervisedTable {
        rows = List.copyOf(rows);
    }

    /** The row of {@code labelled} images seen as {@code features}, if the table has one. */
    public Optional<Row> row(int labelled, Features features) {
        return rows.stream().filter(r -> r.labelled() == labelled && r.features() == features).findFirst();
    }

    public List<Explanation> explanations() {
        return List.of(ACCURACY, CLASSIFIER);
    }
}
