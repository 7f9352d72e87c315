package latentlab.latent.apps;

import latentlab.latent.metrics.ReconstructionError;

/**
 * How far a reconstruction {@code y} is from its image {@code x}, both in [0,1], averaged over the
 * image's pixels: one unit that every model shares, whatever loss it was trained with.
 */
public enum ErrorMetric {
    /** Mean squared error per pixel. */
    MSE("per-pixel MSE", "(1/P) sum_i (y_i - x_i)^2",
            "Mean squared difference between a pixel and its reconstruction; 0 is perfect, 1 the worst."),
    /**
     * Binary cross-entropy per pixel, the reconstruction clamped into (0, 1) as the scoreboard's
     * {@link ReconstructionError} does, so both report the same number for the same model.
     */
    BCE("per-pixel BCE", "-(1/P) sum_i [x_i ln y_i + (1 - x_i) ln(1 - y_i)], y clamped to [1e-7, 1 - 1e-7]",
            "Cross-entropy of each pixel as a probability of ink; it punishes confident mistakes most.");

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
                double c = Math.min(1 - ReconstructionError.CLAMP, Math.max(ReconstructionError.CLAMP, r));
                sum -= t * Math.log(c) + (1 - t) * Math.log(1 - c);
            }
        }
        return sum / pixels;
    }
}
