package latentlab.ui.compression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;
import latentlab.latent.apps.ErrorMetric;
import latentlab.model.ModelKind;

/**
 * What the compression chart shows of a result in one error unit: one line per model, what was
 * compared, and a one-line reading of the figures.
 */
final class CompressionReading {
    private CompressionReading() {
    }

    /** The short name of a model in the chart's legend and table, e.g. "VAE". */
    static String name(ModelKind kind) {
        return kind.cliName().toUpperCase(Locale.ROOT);
    }

    /** A model in a sentence: "the AE", "the VAE", but "PCA". */
    static String subject(ModelKind kind) {
        return kind.isClosedForm() ? name(kind) : "the " + name(kind);
    }

    /** A point's error in {@code metric}. */
    static double error(CompressionPoint p, ErrorMetric metric) {
        return metric == ErrorMetric.BCE ? p.bce() : p.mse();
    }

    /** One line per model with points, in the sweep's order, ascending in code size. */
    static List<CompressionViewModel.Line> lines(CompressionResult r, ErrorMetric metric) {
        List<CompressionViewModel.Line> out = new ArrayList<>();
        for (ModelKind kind : r.sweep().kinds()) {
            List<CompressionViewModel.Mark> marks = r.line(kind).stream()
                    .map(p -> new CompressionViewModel.Mark(p.codeSize(), error(p, metric))).toList();
            if (!marks.isEmpty()) {
                out.add(new CompressionViewModel.Line(kind, marks));
            }
        }
        return out;
    }

    /** What was trained, for how long, on what data and with which seed. */
    static String explanation(CompressionResult r) {
        CompressionSweep s = r.sweep();
        List<String> trained = s.trainedKinds().stream().map(CompressionReading::name).toList();
        String fitted = s.kinds().contains(ModelKind.PCA) ? "PCA fitted on the same training images; " : "";
        String training = trained.isEmpty() ? "" : String.join(" and ", trained) + " trained " + s.epochs()
                + (s.epochs() == 1 ? " epoch" : " epochs") + " each on " + s.datasetId() + " (" + s.hiddenInWords()
                + ", seed " + s.seed() + ", the same batches in lockstep); ";
        return String.format(Locale.ROOT, "%s%severy error is the mean over %,d validation images of %s, at code"
                + " sizes %s.", training, fitted, r.validationSize(), s.datasetId(), s.sizes());
    }

    /** Which model reconstructs best at the smallest and the largest code, and whether each falls as the code grows. */
    static String reading(List<CompressionViewModel.Line> lines, ErrorMetric metric) {
        if (lines.isEmpty()) {
            return "The sweep has no points: no model finished an epoch.";
        }
        int smallest = Integer.MAX_VALUE;
        int largest = Integer.MIN_VALUE;
        for (CompressionViewModel.Line l : lines) {
            smallest = Math.min(smallest, l.marks().get(0).codeSize());
            largest = Math.max(largest, l.marks().get(l.marks().size() - 1).codeSize());
        }
        String unit = metric == ErrorMetric.BCE ? "BCE" : "MSE";
        StringBuilder b = new StringBuilder(best(lines, smallest, unit, "At code size "));
        if (largest != smallest) {
            b.append("; ").append(best(lines, largest, unit, "at "));
        }
        b.append(". ").append(trend(lines)).append('.');
        return b.toString();
    }

    private static String best(List<CompressionViewModel.Line> lines, int size, String unit, String lead) {
        CompressionViewModel.Line winner = null;
        double least = Double.POSITIVE_INFINITY;
        List<String> others = new ArrayList<>();
        for (CompressionViewModel.Line l : lines) {
            for (CompressionViewModel.Mark m : l.marks()) {
                if (m.codeSize() == size) {
                    others.add(String.format(Locale.ROOT, "%s %.4f", name(l.kind()), m.error()));
                    if (m.error() < least) {
                        least = m.error();
                        winner = l;
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "%s%d %s reconstructs best (%s: %s)", lead, size, subject(winner.kind()), unit,
                String.join(", ", others));
    }

    private static String trend(List<CompressionViewModel.Line> lines) {
        List<String> rising = new ArrayList<>();
        for (CompressionViewModel.Line l : lines) {
            List<CompressionViewModel.Mark> m = l.marks();
            for (int i = 1; i < m.size(); i++) {
                if (m.get(i).error() >= m.get(i - 1).error()) {
                    rising.add(String.format(Locale.ROOT, "%s's from %d to %d", subject(l.kind()),
                            m.get(i - 1).codeSize(), m.get(i).codeSize()));
                    break;
                }
            }
        }
        return rising.isEmpty() ? "Every model's error falls as its code grows"
                : "Every error falls as the code grows except " + String.join(" and ", rising);
    }
}
