package latentlab.latent.path;

/**
 * A path the user drew: a polyline through codes, resampled to points spaced evenly along its
 * length. The pointer's own samples bunch up where the hand slowed down and thin out where it
 * hurried; played as they are, a traversal would crawl and leap for no reason in the model.
 */
public final class DrawnPath {
    private DrawnPath() {
    }

    /**
     * {@code steps + 1} codes at equal arc-length intervals along the polyline through
     * {@code points} (k x dim, row-major, in drawing order); the first and last are its ends.
     */
    public static CodePath resample(float[] points, int dim, int steps) {
        if (dim < 1 || points.length % dim != 0) {
            throw new IllegalArgumentException(points.length + " values are not whole points of size " + dim);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("a path needs at least one step, got " + steps);
        }
        int k = points.length / dim;
        double[] along = new double[k];
        for (int i = 1; i < k; i++) {
            along[i] = along[i - 1] + distance(points, (i - 1) * dim, i * dim, dim);
        }
        double length = k == 0 ? 0 : along[k - 1];
        if (!(length > 0)) {
            throw new IllegalArgumentException("a drawn path needs two distinct points, got " + k
                    + (k == 1 ? " point" : " points on one spot"));
        }
        float[][] out = new float[steps + 1][dim];
        int segment = 1;
        for (int s = 0; s <= steps; s++) {
            double target = s == steps ? length : length * s / steps;
            // Segments of zero length are passed over: the target lies strictly past their start.
            while (segment < k - 1 && along[segment] < target) {
                segment++;
            }
            double span = along[segment] - along[segment - 1];
            double t = span > 0 ? (target - along[segment - 1]) / span : 1;
            int a = (segment - 1) * dim;
            int b = segment * dim;
            for (int j = 0; j < dim; j++) {
                out[s][j] = (float) (points[a + j] + t * (points[b + j] - points[a + j]));
            }
        }
        return new CodePath(dim, CodePath.concat(out));
    }

    private static double distance(float[] p, int a, int b, int dim) {
        double s = 0;
        for (int j = 0; j < dim; j++) {
            double d = p[a + j] - p[b + j];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
