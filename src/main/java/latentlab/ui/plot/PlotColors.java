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

    /** Relative luminance of an ARGB colour, 0 (black) to 1 (white). */
    static double luminance(int argb) {
        return (0.2126 * ((argb >> 16) & 0xff) + 0.7152 * ((argb >> 8) & 0xff) + 0.0722 * (argb & 0xff)) / 255.0;
    }
}
