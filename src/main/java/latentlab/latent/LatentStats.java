package latentlab.latent;

/**
 * Per-dimension summary of a set of codes: what slider ranges and grid spans are computed from.
 *
 * @param min smallest value per dimension
 * @param max largest value per dimension
 * @param mean mean per dimension
 * @param sd standard deviation per dimension
 */
public record LatentStats(double[] min, double[] max, double[] mean, double[] sd) {

    public int dim() {
        return mean.length;
    }

    /** Statistics of {@code codes} (n x dim, row-major). */
    public static LatentStats of(float[] codes, int dim) {
        if (dim < 1 || codes.length % dim != 0 || codes.length == 0) {
            throw new IllegalArgumentException(codes.length + " values are not whole codes of size " + dim);
        }
        int n = codes.length / dim;
        double[] min = new double[dim];
        double[] max = new double[dim];
        double[] sum = new double[dim];
        double[] sq = new double[dim];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                double v = codes[i * dim + j];
                min[j] = Math.min(min[j], v);
                max[j] = Math.max(max[j], v);
                sum[j] += v;
            }
        }
        double[] mean = new double[dim];
        for (int j = 0; j < dim; j++) {
            mean[j] = sum[j] / n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                double d = codes[i * dim + j] - mean[j];
                sq[j] += d * d;
            }
        }
        double[] sd = new double[dim];
        for (int j = 0; j < dim; j++) {
            sd[j] = Math.sqrt(sq[j] / n);
        }
        return new LatentStats(min, max, mean, sd);
    }

    /** The mean code as floats. */
    public float[] meanCode() {
        float[] c = new float[dim()];
        for (int j = 0; j < c.length; j++) {
            c[j] = (float) mean[j];
        }
        return c;
    }
}
