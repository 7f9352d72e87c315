package latentlab.latent.apps;

import java.util.Arrays;

/**
 * Counts of values in equal bins spanning their range. The bin width follows Freedman and
 * Diaconis, {@code 2 IQR / n^(1/3)}, rounded so that whole bins tile [min, max]; Sturges' rule
 * ({@code ceil(log2 n) + 1} bins) when the interquartile range is zero; never more than a cap.
 *
 * @param edges bins + 1 increasing edges; bin b holds edges[b] <= v < edges[b+1], the last bin
 *     also its upper edge. Equal values make one bin of width zero.
 * @param counts values per bin
 * @param rule the rule that chose the number of bins, said to the user
 */
public record Histogram(double[] edges, int[] counts, String rule) {

    public static final Explanation EXPLANATION = new Explanation("histogram",
            "bin width = 2 IQR / n^(1/3) (Freedman-Diaconis), bins tiling [min, max]",
            "How many samples reconstruct with each error; anomalies sit in the long right tail.");

    public Histogram {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException(counts.length + " bins need " + (counts.length + 1) + " edges");
        }
    }

    /** The histogram of {@code values} (all finite, at least one) in at most {@code maxBins} bins. */
    public static Histogram of(double[] values, int maxBins) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least one value");
        }
        if (maxBins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + maxBins);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (!Double.isFinite(sorted[0]) || !Double.isFinite(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("a histogram takes finite values only");
        }
        double min = sorted[0];
        double range = sorted[sorted.length - 1] - min;
        int n = sorted.length;
        if (range == 0) {
            return new Histogram(new double[] {min, min}, new int[] {n}, "one bin: every value is " + min);
        }
        double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
        int bins;
        String rule;
        if (iqr > 0) {
            double width = 2 * iqr / Math.cbrt(n);
            bins = (int) Math.min(Integer.MAX_VALUE, Math.ceil(range / width));
            rule = "Freedman-Diaconis";
        } else {
            bins = (int) Math.ceil(Math.log(n) / Math.log(2)) + 1;
            rule = "Sturges (the interquartile range is zero)";
        }
        if (bins > maxBins) {
            bins = maxBins;
            rule += ", capped at " + maxBins + " bins";
        }
        bins = Math.max(1, bins);
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = min + range * b / bins;
        }
        edges[bins] = sorted[n - 1];
        int[] counts = new int[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) ((v - min) / range * bins))]++;
        }
        return new Histogram(edges, counts, rule);
    }

    /** The q-quantile of sorted values, interpolated linearly between order statistics. */
    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }

    public int bins() {
        return counts.length;
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }
}
