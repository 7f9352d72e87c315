package latentlab.latent.apps;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How well a score separates positives (here: anomalies) from negatives (normal samples), a
 * higher score meaning "more likely positive". The curve has one point per distinct score
 * taken as threshold (flagging every sample scoring at least that much), from (0,0) to (1,1);
 * tied scores move it diagonally. Its AUC is the Mann-Whitney statistic with ties counted
 * half: the probability that a random positive outscores a random negative.
 *
 * @param falsePositiveRate x of each point: negatives flagged / negatives
 * @param truePositiveRate y of each point: positives flagged / positives
 * @param thresholds the score of each point's threshold (+infinity for the first, flagging none)
 * @param auc area under the curve, in [0,1]: 1 perfect, 0.5 chance, 0 inverted
 * @param positives how many positives were scored
 * @param negatives how many negatives were scored
 */
public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate, double[] thresholds, double auc,
        int positives, int negatives) {

    public static final Explanation AUC = new Explanation("ROC AUC",
            "(R+ - P(P+1)/2) / (P N), R+ = sum of the anomalies' ranks among all errors (ties share their mean rank)",
            "The chance that a random anomaly reconstructs worse than a random normal sample: 1 perfect,"
                    + " 0.5 no better than a coin.");
    public static final Explanation CURVE = new Explanation("ROC curve",
            "(FP(t)/N, TP(t)/P) for every threshold t on the error, flagging samples with error >= t",
            "Each point trades false alarms (x) against anomalies caught (y); the nearer the top left, the better.");

    /** The curve and AUC of {@code scores}, where {@code positive[i]} says whether sample i is a positive. */
    public static RocCurve of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        int p = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
            p += positive[i] ? 1 : 0;
        }
        int n = scores.length - p;
        if (p == 0 || n == 0) {
            throw new IllegalArgumentException("a ROC curve needs both normal and anomalous samples; got " + n
                    + " normal and " + p + " anomalous");
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i]));
        double[] fpr = new double[scores.length + 1];
        double[] tpr = new double[scores.length + 1];
        double[] thr = new double[scores.length + 1];
        thr[0] = Double.POSITIVE_INFINITY;
        int points = 1;
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; ) {
            double s = scores[order[k]];
            // Every sample with this score crosses the threshold at once.
            for (; k < order.length && scores[order[k]] == s; k++) {
                if (positive[order[k]]) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fpr[points] = (double) fp / n;
            tpr[points] = (double) tp / p;
            thr[points] = s;
            points++;
        }
        return new RocCurve(Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points), Arrays.copyOf(thr, points),
                mannWhitneyAuc(scores, positive, p, n), p, n);
    }

    /** {@code (R+ - P(P+1)/2) / (P N)} with R+ the positives' midranks among all scores, ascending. */
    static double mannWhitneyAuc(double[] scores, boolean[] positive, int p, int n) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        for (int k = 0; k < order.length; ) {
            int end = k;
            while (end < order.length && scores[order[end]] == scores[order[k]]) {
                end++;
            }
            // Ranks k+1 .. end are tied: each gets their mean.
            double midrank = (k + 1 + end) / 2.0;
            for (int j = k; j < end; j++) {
                if (positive[order[j]]) {
                    rankSum += midrank;
                }
            }
            k = end;
        }
        return (rankSum - p * (p + 1.0) / 2) / ((double) p * n);
    }

    /** The area under the drawn curve by the trapezoid rule; equals {@link #auc()} up to rounding. */
    public double trapezoidArea() {
        double area = 0;
        for (int i = 1; i < falsePositiveRate.length; i++) {
            area += (falsePositiveRate[i] - falsePositiveRate[i - 1]) * (truePositiveRate[i] + truePositiveRate[i - 1])
                    / 2;
        }
        return area;
    }
}
