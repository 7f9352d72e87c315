package latentlab.latent.metrics;

/**
 * How well the codes keep the classes apart: each validation code takes the majority label of its
 * k nearest training codes.
 */
public final class KnnAccuracy {
    private KnnAccuracy() {
    }

    public static Metric metric(int k) {
        return new Metric("knn_accuracy", "kNN accuracy of codes (k = " + k + ")",
                "fraction of validation codes whose label is the majority label of their " + k
                        + " nearest training codes (Euclidean; a tie goes to the class of the nearest tied code)",
                "Whether images of a class land near each other: 1 = every held-out code sits among its own class",
                true);
    }

    /**
     * The fraction of {@code queries} classified right by a k-nearest-neighbour vote of
     * {@code reference} (both row-major, {@code dim} wide).
     */
    public static double accuracy(float[] reference, int[] referenceLabels, float[] queries, int[] queryLabels,
            int dim, int k) {
        int n = referenceLabels.length;
        if (reference.length != n * dim || queries.length != queryLabels.length * dim) {
            throw new IllegalArgumentException("codes and labels do not match in number");
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k = " + k + " needs at least k reference codes; there are " + n);
        }
        int classes = 0;
        for (int l : referenceLabels) {
            classes = Math.max(classes, l + 1);
        }
        int right = 0;
        int[] nearest = new int[k];
        double[] nearestDistance = new double[k];
        for (int q = 0; q < queryLabels.length; q++) {
            nearestNeighbours(reference, n, dim, queries, q, nearest, nearestDistance);
            if (vote(nearest, referenceLabels, classes) == queryLabels[q]) {
                right++;
            }
        }
        return queryLabels.length == 0 ? 0 : (double) right / queryLabels.length;
    }

    /** The k nearest reference rows to query {@code q}, nearest first (insertion into a sorted list). */
    private static void nearestNeighbours(float[] reference, int n, int dim, float[] queries, int q, int[] nearest,
            double[] distance) {
        int k = nearest.length;
        java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(nearest, -1);
        for (int r = 0; r < n; r++) {
            double d = 0;
            for (int j = 0; j < dim; j++) {
                double diff = reference[r * dim + j] - queries[q * dim + j];
                d += diff * diff;
            }
            if (d < distance[k - 1]) {
                int at = k - 1;
                while (at > 0 && distance[at - 1] > d) {
                    distance[at] = distance[at - 1];
                    nearest[at] = nearest[at - 1];
                    at--;
                }
                distance[at] = d;
                nearest[at] = r;
            }
        }
    }

    /** The majority label; among tied classes, the one whose member comes first (nearest). */
    private static int vote(int[] nearest, int[] labels, int classes) {
        int[] votes = new int[classes];
        int best = -1;
        for (int r : nearest) {
            votes[labels[r]]++;
        }
        for (int r : nearest) {
            int c = labels[r];
            if (best < 0 || votes[c] > votes[best]) {
                best = c;
            }
        }
        return best;
    }
}
