package latentlab.latent;

/**
 * Codes of a regular grid over two latent dimensions, the other dimensions held at a base code.
 * Rows run top to bottom with the second dimension decreasing, so the decoded mosaic has the
 * same orientation as a scatter plot with y pointing up.
 */
public final class ManifoldGrid {

    private ManifoldGrid() {
    }

    /**
     * Axis values for a variational model: the prior's quantiles at evenly spaced probabilities
     * {@code (k + 1) / (n + 1)}, so each cell covers the same prior mass.
     */
    public static double[] priorQuantiles(int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = NormalQuantile.of((k + 1.0) / (n + 1.0));
        }
        return v;
    }

    /** Axis values evenly spaced from {@code lo} to {@code hi} inclusive. */
    public static double[] linear(double lo, double hi, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = n == 1 ? (lo + hi) / 2 : lo + (hi - lo) * k / (n - 1);
        }
        return v;
    }

    /** Axis values of a grid: prior quantiles for variational models, the codes' range otherwise. */
    public static double[] axis(boolean variational, LatentStats stats, int dim, int n) {
        if (variational) {
            return priorQuantiles(n);
        }
        return linear(stats.min()[dim], stats.max()[dim], n);
    }

    /**
     * The grid's codes, row-major: cell (row r, column c) is code {@code r * xs.length + c}, with
     * {@code dimX = xs[c]} and {@code dimY = ys[ys.length - 1 - r]}.
     */
    public static float[] codes(float[] base, int dimX, int dimY, double[] xs, double[] ys) {
        int d = base.length;
        if (dimX == dimY || dimX < 0 || dimY < 0 || dimX >= d || dimY >= d) {
            throw new IllegalArgumentException("grid needs two different dimensions of " + d + ", got "
                    + dimX + " and " + dimY);
        }
        float[] out = new float[xs.length * ys.length * d];
        int k = 0;
        for (int r = 0; r < ys.length; r++) {
            for (double x : xs) {
                System.arraycopy(base, 0, out, k * d, d);
                out[k * d + dimX] = (float) x;
                out[k * d + dimY] = (float) ys[ys.length - 1 - r];
                k++;
            }
        }
        return out;
    }
}
