package latentlab.ui.common;

import javafx.scene.paint.Color;

/**
 * Class colours safe for colour-blind viewers: Okabe and Ito's eight, extended by grey and Tol's
 * wine for ten classes; beyond ten the colours repeat. Held as ARGB ints for pixel writers.
 */
public final class Palette {

    private static final int[] ARGB = {
        0xFFE69F00, 0xFF56B4E9, 0xFF009E73, 0xFFF0E442, 0xFF0072B2,
        0xFFD55E00, 0xFFCC79A7, 0xFF000000, 0xFF999999, 0xFF882255,
    };

    private Palette() {
    }

    /** ARGB colour of class {@code label}. */
    public static int argb(int label) {
        return ARGB[Math.floorMod(label, ARGB.length)];
    }

    public static Color color(int label) {
        int c = argb(label);
        return Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    }

    /** CSS hex of the class colour, for legend swatches. */
    public static String web(int label) {
        return String.format("#%06X", argb(label) & 0xFFFFFF);
    }
}
