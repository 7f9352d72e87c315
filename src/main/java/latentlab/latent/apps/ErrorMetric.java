package latentlab.latent.apps;

/**
 * How far a reconstruction {@code y} is from its image {@code x}, both in [0,1], averaged over the
 * image's pixels: one unit that every model shares, whatever loss it was trained with.
 */
public enum ErrorMetric {
    /** Mean squared error per pixel. */
    MSE("per-pixel MSE", "(1/P) sum_i (y_i - x_i)^2",
            "Mean squared difference between a pixel and its reconstruction; 0 is perfect, 1 the worst."),
    /** Binary cross-entropy per pixel, logarithms clamped at -100 as in PyTorch's BCELoss. */
    BCE("per-pixel BCE", "-(1/P) sum_i [x_i ln y_i + (1 - x_i) ln(1 - y_i)], ln clamped at -100",
            "Cross-entropy of each pixel as a probability of ink; it punishes confident mistakes most.");

    /** PyTorch's BCELoss clamps each logarithm here, so a pixel decoded as exactly 0 or 1 stays finite. */
    static final double LOG_FLOOR = -100;

    private final Explanation explanation;

    ErrorMetric(String name, String formula, String meaning) {
        this.explanation = new Explanation(name, formula, meaning);
    }

    public Explanation explanation() {
        return explanation;
    }

    /**
     * The error of one image.
     *
     * @param x images, row-major; the image starts at {@code xFrom}
     * @param y reconstructions, row-major; the reconstruction starts at {@code yFrom}
     * @param pixels pixels per image
     */
    public double of(float[] x, int xFrom, float[] y, int yFrom, int pixels) {
        double sum = 0;
        for (int i = 0; i < pixels; i++) {
            double t = x[xFrom + i];
            double r = y[yFrom + i];
            if (this == MSE) {
                sum += (r - t) * (r - t);
            } else {
                sum -= t * clampedLog(r) + (1 - t) * clampedLog(1 - r);
            }
        }
        return sum / pixels;
    }

    private static double clampedLog(double v) {
        return v <= 0 ? LOG_FLOOR : Math.max(LOG_FLOOR, Math.log(v));
    }
}
