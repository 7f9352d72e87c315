package latentlab.ui.common;

import javafx.scene.paint.Color;

/**
 * Class colours safe for colour-blind viewers: Okabe and Ito's eight, extended by grey and Tol's
 * wine for ten classes; beyond ten the colours repeat. Held as ARGB ints for pixel writers. On a
 * dark background, black would vanish: class 7 is then drawn light grey instead.
 */
public final class Palette {

    private static final int[] ARGB = {
        0xFFE69F00, 0xFF56B4E9, 0xFF009E73, 0xFFF0E442, 0xFF0072B2,
        0xFFD55E00, 0xFFCC79A7, 0xFF000000, 0xFF999999, 0xFF882255,
    };

    private static final int BLACK_ON_DARK = 0xFFE8E8E8;

    private Palette() {
    }

    /** ARGB colour of class {@code label}. */
    public static int argb(int label) {
        return ARGB[Math.floorMod(label, ARGB.length)];
    }

    /** ARGB colour of class {@code label} on a dark or a light background. */
    public static int argb(int label, boolean darkBackground) {
        int c = argb(label);
        return darkBackground && c == 0xFF000000 ? BLACK_ON_DARK : c;
    }

    public static Color color(int label) {
        return color(label, false);
    }

    /** Colour of class {@code label} on a dark or a light background. */
    public static Color color(int label, boolean darkBackground) {
        int c = argb(label, darkBackground);
        return Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    }

    /** CSS hex of the class colour, for legend swatches. */
    public static String web(int label) {
        return String.format("#%06X", argb(label) & 0xFFFFFF);
    }
}
