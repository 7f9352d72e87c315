package latentlab.ui.histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import latentlab.latent.EmbeddingData;
import latentlab.latent.LatentStats;

/**
 * How the codes spread in each latent dimension: a histogram per dimension, with its mean and
 * standard deviation. For a VAE the prior N(0, 1) is drawn as expected counts beside the bars,
 * and a dimension whose mean code hardly varies over the data (variance below
 * {@link #ACTIVE_VARIANCE}, the "active units" test of Burda, Grosse and Salakhutdinov, 2016) is
 * marked unused: the decoder ignores it and the encoder leaves it at the prior.
 */
public final class CodeHistogramViewModel {

    public static final int BINS = 30;
    /** Dimensions shown at most; a larger code is summarised in words. */
    public static final int MAX_DIMENSIONS = 32;
    public static final double ACTIVE_VARIANCE = 0.01;
    /** A VAE's histograms span at least the prior's +-3 sigma, so the prior curve is seen whole. */
    private static final double PRIOR_SPAN = 3;

    /**
     * One dimension's histogram.
     *
     * @param index 0-based; shown as z(index + 1)
     * @param low left edge of the first bin
     * @param high right edge of the last bin
     * @param counts codes per bin
     * @param prior expected codes per bin under N(0, 1), or null for a model without a prior
     * @param active false for a VAE's dimension that the data does not move
     */
    public record Dimension(int index, double low, double high, int[] counts, double mean, double sd,
            double[] prior, boolean active) {

        /** "z1  mean +0.02  sd 0.97", and "unused" for an inactive dimension. */
        public String caption() {
            return String.format(Locale.ROOT, "z%d   mean %+.2f   sd %.2f", index + 1, mean, sd)
                    + (active ? "" : "   unused");
        }

        /** The largest bar or prior value, to scale the drawing. */
        public double peak() {
            double p = 1;
            for (int c : counts) {
                p = Math.max(p, c);
            }
            for (int k = 0; prior != null && k < prior.length; k++) {
                p = Math.max(p, prior[k]);
            }
            return p;
        }
    }

    private final ReadOnlyObjectWrapper<List<Dimension>> dimensions = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No codes yet: train or open a model");
    private boolean variational;

    public ReadOnlyObjectProperty<List<Dimension>> dimensionsProperty() {
        return dimensions.getReadOnlyProperty();
    }

    /** One or two sentences on what the histograms show. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The codes of a model; {@code variationalModel}: it has the prior N(0, I). */
    public void setData(EmbeddingData data, boolean variationalModel) {
        variational = variationalModel;
        updateCodes(data);
    }

    /** New codes of the same model. */
    public void updateCodes(EmbeddingData data) {
        LatentStats stats = LatentStats.of(data.codes(), data.dim());
        int shown = Math.min(MAX_DIMENSIONS, data.dim());
        List<Dimension> out = new ArrayList<>();
        int active = 0;
        for (int j = 0; j < data.dim(); j++) {
            boolean isActive = !variational || stats.sd()[j] * stats.sd()[j] >= ACTIVE_VARIANCE;
            active += isActive ? 1 : 0;
            if (j < shown) {
                out.add(histogram(data, stats, j, isActive));
            }
        }
        dimensions.set(List.copyOf(out));
        summary.set(describe(data, shown, active));
    }

    private Dimension histogram(EmbeddingData data, LatentStats stats, int j, boolean active) {
        double low = stats.min()[j];
        double high = stats.max()[j];
        if (variational) {
            low = Math.min(low, -PRIOR_SPAN);
            high = Math.max(high, PRIOR_SPAN);
        }
        if (high - low < 1e-6) {
            low -= 0.5;
            high += 0.5;
        }
        int[] counts = new int[BINS];
        int n = data.size();
        double width = (high - low) / BINS;
        for (int i = 0; i < n; i++) {
            int bin = (int) ((data.codes()[i * data.dim() + j] - low) / width);
            counts[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        double[] prior = null;
        if (variational) {
            prior = new double[BINS];
            for (int k = 0; k < BINS; k++) {
                prior[k] = n * (normalCdf(low + (k + 1) * width) - normalCdf(low + k * width));
            }
        }
        return new Dimension(j, low, high, counts, stats.mean()[j], stats.sd()[j], prior, active);
    }

    private String describe(EmbeddingData data, int shown, int active) {
        String over = String.format(Locale.ROOT, "The codes of %,d samples, per latent dimension", data.size())
                + (shown < data.dim() ? " (the first " + shown + " of " + data.dim() + ")" : "") + ". ";
        if (!variational) {
            return over + "This model has no prior: the range of each dimension is whatever training made it.";
        }
        return over + active + " of " + data.dim() + " dimensions in use; an unused one hardly moves with the"
                + " data (variance of its mean code below " + ACTIVE_VARIANCE + "), so the decoder ignores it."
                + " Line: the prior N(0, 1) as expected counts.";
    }

    /** The standard normal CDF (Abramowitz and Stegun 26.2.17, absolute error below 7.5e-8). */
    static double normalCdf(double z) {
        if (z < 0) {
            return 1 - normalCdf(-z);
        }
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
