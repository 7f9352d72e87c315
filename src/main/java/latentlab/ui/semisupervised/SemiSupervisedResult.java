package latentlab.ui.semisupervised;

import java.util.List;
import java.util.Locale;
import latentlab.latent.apps.SemiSupervisedTable;
import latentlab.latent.apps.SemiSupervisedTable.Features;

/**
 * One computed table with what it was measured on, and the words the view puts beside it: what
 * was trained, on what, where it was evaluated, the chance level, and a one-line reading.
 *
 * @param table the accuracies
 * @param model the model's short name, e.g. "VAE"
 * @param dataset the data set's identifier, e.g. "mnist"
 * @param trainingImages training images: the model's and PCA's unlabelled data, the labels' pool
 * @param pixels pixels per image
 * @param classes classes a classifier chooses among
 */
public record SemiSupervisedResult(SemiSupervisedTable table, String model, String dataset, int trainingImages,
        int pixels, int classes) {

    /** One labelled count as the table shows it: the count, then the accuracies in the chart's order. */
    public record Row(String labelled, String codes, String pca, String pixels) {
    }

    /** One row per labelled count, ascending. */
    public List<Row> rows() {
        return counts().stream().map(n -> new Row(count(n), percent(accuracy(n, Features.CODES)),
                percent(accuracy(n, Features.PCA)), percent(accuracy(n, Features.PIXELS)))).toList();
    }

    /** What the classifier of {@code features} saw, for a legend: "VAE codes (2-d)", "raw pixels (784)". */
    public String seriesName(Features features) {
        return switch (features) {
            case CODES -> model + " codes (" + table.latentDim() + "-d)";
            case PCA -> "PCA codes (" + table.latentDim() + "-d)";
            case PIXELS -> "raw pixels (" + pixels + ")";
        };
    }

    /** The accuracy of guessing: one class in {@code classes}. */
    public double chance() {
        return 1.0 / classes;
    }

    /** The labelled counts, ascending. */
    public List<Integer> counts() {
        return table.rows().stream().map(SemiSupervisedTable.Row::labelled).distinct().toList();
    }

    /** The validation accuracy of the classifier on {@code labelled} images seen as {@code features}. */
    public double accuracy(int labelled, Features features) {
        return table.row(labelled, features).orElseThrow().accuracy();
    }

    /** What was trained, on what, evaluated where, and the chance level: four lines. */
    public String explanation() {
        int dim = table.latentDim();
        return String.format(Locale.ROOT, "Trained: for each count, a linear classifier (%s) on that many labelled"
                + " training images, the same number of each class, drawn with seed %d.%n"
                + "On what: the same images seen three ways: the %s's %d-d codes (learned from the %,d training"
                + " images without their labels), their %,d raw pixels, and PCA codes of size %d (PCA fitted to the"
                + " same unlabelled images).%n"
                + "Evaluated: accuracy on the %,d validation images of %s, which neither the model nor any classifier"
                + " was trained on.%n"
                + "Chance: 1/%d = %s (guessing among %d classes).",
                SemiSupervisedTable.CLASSIFIER.formula(), table.seed(), model, dim, trainingImages, pixels, dim,
                table.validationSize(), dataset, classes, percent(chance()), classes);
    }

    /**
     * The result in one line, from the fewest and the most labels: "With 10 labels, the VAE's 2-d
     * codes reach 46.0% where raw pixels reach 38.0% and PCA codes 32.0%; with 1,000 labels, 58.0%
     * against 88.0% and 45.0%."
     */
    public String reading() {
        List<Integer> counts = counts();
        int few = counts.get(0);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "With %,d %s, the %s's %d-d codes reach %s where raw pixels reach %s and PCA codes %s", few,
                few == 1 ? "label" : "labels", model, table.latentDim(), percent(accuracy(few, Features.CODES)),
                percent(accuracy(few, Features.PIXELS)), percent(accuracy(few, Features.PCA))));
        if (counts.size() > 1) {
            int many = counts.get(counts.size() - 1);
            s.append(String.format(Locale.ROOT, "; with %,d labels, %s against %s and %s", many,
                    percent(accuracy(many, Features.CODES)), percent(accuracy(many, Features.PIXELS)),
                    percent(accuracy(many, Features.PCA))));
        }
        return s.append(" (chance ").append(percent(chance())).append(").").toString();
    }

    /** A labelled count as shown: "1,000". */
    public static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code fraction} as a percentage with one decimal: "46.0%". */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
