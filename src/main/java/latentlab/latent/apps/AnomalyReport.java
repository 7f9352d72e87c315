package latentlab.latent.apps;

import java.util.List;

/**
 * The anomaly-detection view's figures for one model and one data set: the histogram of
 * reconstruction errors, the worst-reconstructed samples, and how well the error tells the
 * normal class (the one the model was trained on) from all the others.
 *
 * @param metric the unit of every error here
 * @param normalClass the class counted as normal; every other class is an anomaly
 * @param meanError mean error over the set
 * @param histogram the errors of every sample
 * @param worst indices of the worst-reconstructed samples, worst first
 * @param worstErrors their errors, in the same order
 * @param roc anomalies (positives) against the normal class (negatives), scored by error
 */
public record AnomalyReport(ErrorMetric metric, int normalClass, double meanError, Histogram histogram, int[] worst,
        double[] worstErrors, RocCurve roc) {

    /** At most this many bins, so that each bar stays a few pixels wide in the view. */
    public static final int MAX_BINS = 100;

    /**
     * The report on {@code errors} of samples with {@code labels}.
     *
     * @param worstCount how many of the worst samples to list
     * @throws IllegalArgumentException when the labels do not match the errors, or one side of
     *     the ROC (normal or anomalous) has no sample
     */
    public static AnomalyReport of(ReconstructionErrors errors, int[] labels, int normalClass, ErrorMetric metric,
            int worstCount) {
        if (labels.length != errors.size()) {
            throw new IllegalArgumentException(errors.size() + " errors but " + labels.length + " labels");
        }
        double[] v = errors.values(metric);
        boolean[] anomalous = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            anomalous[i] = labels[i] != normalClass;
        }
        int[] worst = errors.worst(metric, worstCount);
        double[] worstErrors = new double[worst.length];
        for (int k = 0; k < worst.length; k++) {
            worstErrors[k] = v[worst[k]];
        }
        return new AnomalyReport(metric, normalClass, errors.mean(metric), Histogram.of(v, MAX_BINS), worst,
                worstErrors, RocCurve.of(v, anomalous));
    }

    /** What each figure of the report is, in the order the view shows them. */
    public List<Explanation> explanations() {
        return List.of(metric.explanation(), Histogram.EXPLANATION, RocCurve.CURVE, RocCurve.AUC);
    }
}
