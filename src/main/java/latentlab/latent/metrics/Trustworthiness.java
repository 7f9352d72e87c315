package latentlab.latent.metrics;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Trustworthiness and continuity of a low-dimensional view (Venna and Kaski, 2001): whether the
 * neighbours a view shows are real, and whether real neighbours stay neighbours in the view.
 *
 * <pre>
 *   T(k) = 1 - 2 / (n k (2n - 3k - 1)) * sum_i sum_{j in U_i} (r(i, j) - k)
 * </pre>
 *
 * <p>U_i holds the points among i's k nearest in the view but not among its k nearest in the
 * original space, r(i, j) is j's rank among i's neighbours in the original space (1 = nearest).
 * Continuity C(k) is the same with the two spaces swapped. Distances are Euclidean; equal
 * distances are ranked by index, so the result does not depend on sort stability.
 */
public final class Trustworthiness {
    private Trustworthiness() {
    }

    public static Metric trustworthinessMetric(int k) {
        return new Metric("trustworthiness", "Trustworthiness of the 2D view (k = " + k + ")",
                "1 - 2/(n k (2n - 3k - 1)) * sum_i sum_{j in U_i} (r(i,j) - k); U_i: among i's " + k
                        + " nearest in the view, not in pixel space; r: rank in pixel space",
                "Whether points shown side by side are really similar images: 1 = no false neighbours", true);
    }

    public static Metric continuityMetric(int k) {
        return new Metric("continuity", "Continuity of the 2D view (k = " + k + ")",
                "1 - 2/(n k (2n - 3k - 1)) * sum_i sum_{j in V_i} (r'(i,j) - k); V_i: among i's " + k
                        + " nearest in pixel space, not in the view; r': rank in the view",
                "Whether similar images stay side by side in the view: 1 = no neighbour torn away", true);
    }

    /** T(k) of {@code view} (n x viewDim) against {@code original} (n x originalDim), both row-major. */
    public static double trustworthiness(float[] original, int originalDim, float[] view, int viewDim, int k) {
        return measure(original, originalDim, view, viewDim, k, () -> false);
    }

    /** C(k): trustworthiness with the spaces swapped. */
    public static double continuity(float[] original, int originalDim, float[] view, int viewDim, int k) {
        return measure(view, viewDim, original, originalDim, k, () -> false);
    }

    /**
     * T(k) of {@code view} against {@code reference}; checks {@code cancelled} once per point.
     *
     * @throws CancellationException when {@code cancelled} turns true
     */
    public static double measure(float[] reference, int referenceDim, float[] view, int viewDim, int k,
            BooleanSupplier cancelled) {
        int n = reference.length / referenceDim;
        if (view.length / viewDim != n || reference.length % referenceDim != 0 || view.length % viewDim != 0) {
            throw new IllegalArgumentException("the two spaces must hold the same points");
        }
        if (k < 1 || 2 * k >= n) {
            throw new IllegalArgumentException("k must be from 1 to below n/2; k = " + k + ", n = " + n);
        }
        int[] rank = new int[n];
        double[] d = new double[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            Integer[] byReference = neighbours(reference, referenceDim, n, i, d);
            for (int r = 0; r < byReference.length; r++) {
                rank[byReference[r]] = r + 1;
            }
            Integer[] byView = neighbours(view, viewDim, n, i, d);
            for (int r = 0; r < k; r++) {
                int j = byView[r];
                if (rank[j] > k) {
                    sum += rank[j] - k;
                }
            }
        }
        return 1 - 2.0 / ((double) n * k * (2.0 * n - 3.0 * k - 1)) * sum;
    }

    /** Every point but {@code i}, nearest to {@code i} first; ties by index. */
    private static Integer[] neighbours(float[] points, int dim, int n, int i, double[] d) {
        Integer[] order = new Integer[n - 1];
        for (int j = 0, at = 0; j < n; j++) {
            double s = 0;
            for (int c = 0; c < dim; c++) {
                double diff = points[i * dim + c] - points[j * dim + c];
                s += diff * diff;
            }
            d[j] = s;
            if (j != i) {
                order[at++] = j;
            }
        }
        Arrays.sort(order, (a, b) -> {
            int byDistance = Double.compare(d[a], d[b]);
            return byDistance != 0 ? byDistance : Integer.compare(a, b);
        });
        return order;
    }
}
