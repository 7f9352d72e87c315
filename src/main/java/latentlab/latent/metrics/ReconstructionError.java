package latentlab.latent.metrics;

/**
 * Reconstruction error per pixel, in units every model shares whatever loss it was trained with
 * (an AE's summed MSE and a VAE's summed BCE are not one scale).
 */
public final class ReconstructionError {
    /** Reconstructions are clamped this far inside (0, 1) so that a saturated pixel costs a finite amount. */
    public static final double CLAMP = 1e-7;

    public static final Metric BCE = new Metric("reconstruction_bce", "Reconstruction BCE per pixel",
            "mean over validation images and pixels of -[x ln y + (1 - x) ln(1 - y)], y = decode(encode(x))"
                    + " clamped to [1e-7, 1 - 1e-7]",
            "How well held-out images come back, in nats per pixel, the same unit for every model", false);
    public static final Metric MSE = new Metric("reconstruction_mse", "Reconstruction MSE per pixel",
            "mean over validation images and pixels of (x - y)^2, y = decode(encode(x))",
            "How well held-out images come back, as squared pixel error (pixels in [0, 1])", false);

    private ReconstructionError() {
    }

    /** Mean binary cross-entropy per pixel of {@code reconstructions} against {@code originals}. */
    public static double bcePerPixel(float[] originals, float[] reconstructions) {
        check(originals, reconstructions);
        double sum = 0;
        for (int i = 0; i < originals.length; i++) {
            double x = originals[i];
            double y = Math.min(1 - CLAMP, Math.max(CLAMP, reconstructions[i]));
            sum -= x * Math.log(y) + (1 - x) * Math.log(1 - y);
        }
        return sum / originals.length;
    }

    /** Mean squared error per pixel. */
    public static double msePerPixel(float[] originals, float[] reconstructions) {
        check(originals, reconstructions);
        double sum = 0;
        for (int i = 0; i < originals.length; i++) {
            double d = originals[i] - reconstructions[i];
            sum += d * d;
        }
        return sum / originals.length;
    }

    private static void check(float[] originals, float[] reconstructions) {
        if (originals.length != reconstructions.length || originals.length == 0) {
            throw new IllegalArgumentException(originals.length + " original pixels against "
                    + reconstructions.length + " reconstructed ones");
        }
    }
}
