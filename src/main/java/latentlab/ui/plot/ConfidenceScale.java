package latentlab.ui.plot;

/**
 * The hole map's colours: a cell the classifier recognises with confidence 1 keeps the plot's
 * background, and the less confident it is, the deeper the red, so holes stand out in either theme
 * while the points drawn over them keep their class colours.
 */
public final class ConfidenceScale {

    /** The colour of confidence 0 at full strength. */
    static final int HOLE = 0xFFD7301F;
    /** How far toward {@link #HOLE} a cell of confidence 0 goes; the rest is background. */
    static final double STRENGTH = 0.6;

    private ConfidenceScale() {
    }

    /** ARGB of a cell of {@code confidence} (0 to 1) on {@code background}. */
    public static int argb(double confidence, int background) {
        return PlotColors.blend(background, HOLE, STRENGTH * (1 - Math.max(0, Math.min(1, confidence))));
    }
}
