package latentlab.ui.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an axis gets its ticks: at multiples of a "nice" step (1, 2 or 5 times a power of ten)
 * chosen so that the ticks are at least a given number of pixels apart, labelled in the plot's
 * data units with as many decimals as the step needs. Plain Java, so the geometry is tested alone.
 */
public final class AxisTicks {

    /** One tick: its value in data units, its position in pixels along the plot, and its label. */
    public record Tick(double value, double screen, String label) {
    }

    private AxisTicks() {
    }

    /** The smallest step of the form {1, 2, 5} x 10^k that is at least {@code minStep} (> 0). */
    public static double niceStep(double minStep) {
        if (!(minStep > 0) || !Double.isFinite(minStep)) {
            throw new IllegalArgumentException("a tick step needs a positive finite size, got " + minStep);
        }
        double power = Math.pow(10, Math.floor(Math.log10(minStep)));
        for (double m : new double[] {1, 2, 5, 10}) {
            // The tolerance keeps 0.3 / 3 from becoming 0.2 by a rounding error.
            if (m * power >= minStep * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /**
     * The ticks of an axis that shows data {@code lo} at pixel {@code screenLo} and {@code hi} at
     * {@code screenHi}, spaced at least {@code minPixels} apart. Empty when the axis has no length.
     */
    public static List<Tick> ticks(double lo, double hi, double screenLo, double screenHi, double minPixels) {
        double span = hi - lo;
        double pixels = Math.abs(screenHi - screenLo);
        List<Tick> out = new ArrayList<>();
        if (!(span > 0) || !Double.isFinite(span) || !(pixels >= 1) || !(minPixels > 0)) {
            return out;
        }
        double step = niceStep(span * minPixels / pixels);
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        double perUnit = (screenHi - screenLo) / span;
        for (long k = first; k <= last; k++) {
            double v = k * step;
            out.add(new Tick(v, screenLo + (v - lo) * perUnit, label(v, step)));
        }
        return out;
    }

    /** {@code value} written with the decimals that {@code step} needs: 0.5 steps give "1.5", 10 gives "20". */
    public static String label(double value, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // A tick at zero reached from below would read "-0".
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
