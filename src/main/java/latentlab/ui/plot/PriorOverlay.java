package latentlab.ui.plot;

import java.util.List;

/**
 * The prior N(0, I) of a variational model, drawn where a plot's axes are two raw latent
 * dimensions: its 1-sigma and 2-sigma circles about the origin, and its density as a shading that
 * deepens toward the centre. Codes of a well-fitted VAE fill the circles; an autoencoder's need not.
 */
public final class PriorOverlay {

    /** The tint of the density at its peak, on light and on dark backgrounds. */
    private static final int TINT_ON_LIGHT = 0xFF2166AC;
    private static final int TINT_ON_DARK = 0xFF6BAED6;
    /** How far toward the tint the peak goes; the density fades to background from there. */
    private static final double PEAK = 0.32;

    /** A circle of the prior on screen: centre and radius in pixels, and its radius in standard deviations. */
    public record Ring(double centreX, double centreY, double radius, int sigmas) {
    }

    private PriorOverlay() {
    }

    /** The 1-sigma and 2-sigma circles under transform {@code t}. */
    public static List<Ring> rings(ViewTransform t) {
        double cx = t.toScreenX(0);
        double cy = t.toScreenY(0);
        return List.of(new Ring(cx, cy, t.scale(), 1), new Ring(cx, cy, 2 * t.scale(), 2));
    }

    /**
     * The density exp(-(x^2 + y^2) / 2), relative to its peak, as a shading. It factors into a
     * column term and a row term, so a frame costs one exponential per column and per row; over
     * the plain background the shade comes from a table of 256 steps, so a pixel costs no blending.
     */
    public static RasterLayer density() {
        return (pixels, width, height, t, colors) -> {
            double[] gx = new double[width];
            for (int x = 0; x < width; x++) {
                double d = t.toDataX(x + 0.5);
                gx[x] = Math.exp(-d * d / 2);
            }
            int tint = colors.dark() ? TINT_ON_DARK : TINT_ON_LIGHT;
            int background = colors.background();
            int[] shade = new int[256];
            for (int k = 0; k < shade.length; k++) {
                shade[k] = PlotColors.blend(background, tint, PEAK * k / 255.0);
            }
            for (int y = 0; y < height; y++) {
                double d = t.toDataY(y + 0.5);
                double gy = Math.exp(-d * d / 2);
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    double p = gx[x] * gy;
                    if (p > 0.003) {
                        int i = row + x;
                        pixels[i] = pixels[i] == background ? shade[(int) (p * 255 + 0.5)]
                                : PlotColors.blend(pixels[i], tint, PEAK * p);
                    }
                }
            }
        };
    }
}
