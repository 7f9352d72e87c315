package latentlab.latent;

import java.util.Random;

/** Random subsets of indices, for projections too slow to run on a whole data set. */
public final class Subsample {

    private Subsample() {
    }

    /** {@code m} distinct indices of {@code 0..n-1} in increasing order (all of them if m >= n). */
    public static int[] indices(int n, int m, long seed) {
        if (m >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        // Selection sampling (Knuth's algorithm S): one pass, already sorted.
        Random random = new Random(seed);
        int[] out = new int[m];
        int chosen = 0;
        for (int i = 0; i < n && chosen < m; i++) {
            if ((n - i) * random.nextDouble() < m - chosen) {
                out[chosen++] = i;
            }
        }
        return out;
    }

    /** The rows {@code indices} of a row-major matrix with {@code width} columns. */
    public static float[] rows(float[] data, int width, int[] indices) {
        float[] out = new float[indices.length * width];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(data, indices[k] * width, out, k * width, width);
        }
        return out;
    }
}
