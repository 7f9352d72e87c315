package latentlab.ui.plot;

import latentlab.ui.common.Palette;

/**
 * The colours a pixel-drawn plot takes from the theme: its background, the ink of outlines and
 * axes, and whether the background is dark (class colours then swap black for a light grey).
 * Plain ARGB ints, so rasters and tests need no JavaFX.
 *
 * @param background ARGB of the plot's background
 * @param ink ARGB of outlines drawn over points (selection, pin)
 * @param muted ARGB of axes and other quiet lines
 */
public record PlotColors(int background, int ink, int muted, boolean dark) {

    /** The light theme's colours, also used before the style sheet has been applied. */
    public static final PlotColors LIGHT = new PlotColors(0xFFFFFFFF, 0xFF1F2328, 0xFFB0B7BE, false);

    /** Colours that go with a background of {@code argb}: dark ink on light, light ink on dark. */
    public static PlotColors onBackground(int argb) {
        boolean dark = luminance(argb) < 0.5;
        return dark ? new PlotColors(argb, 0xFFE6EDF3, 0xFF5B636D, true)
                : new PlotColors(argb, LIGHT.ink, LIGHT.muted, false);
    }

    /** ARGB of class {@code label} as drawn on this background. */
    public int classArgb(int label) {
        return Palette.argb(label, dark);
    }

    /** ARGB of grid lines: the muted colour faded toward the background, quieter than any point. */
    public int grid() {
        return blend(background, muted, dark ? 0.55 : 0.45);
    }

    /** Relative luminance of an ARGB colour, 0 (black) to 1 (white). */
    static double luminance(int argb) {
        return (0.2126 * ((argb >> 16) & 0xff) + 0.7152 * ((argb >> 8) & 0xff) + 0.0722 * (argb & 0xff)) / 255.0;
    }

    /** The opaque colour a share {@code t} (0 to 1) of the way from {@code from} to {@code to}. */
    public static int blend(int from, int to, double t) {
        int r = mix((from >> 16) & 0xff, (to >> 16) & 0xff, t);
        int g = mix((from >> 8) & 0xff, (to >> 8) & 0xff, t);
        int b = mix(from & 0xff, to & 0xff, t);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * Math.max(0, Math.min(1, t)));
    }
}
