package latentlab.latent.path;

/** Paths between two codes: straight lines, and great circles for Gaussian codes. */
public final class Interpolation {
    /** Below this angle (radians) slerp is a straight line to float precision, and is computed as one. */
    static final double PARALLEL = 1e-6;

    private Interpolation() {
    }

    /** {@code (1 - t) a + t b}. */
    public static float[] lerp(float[] a, float[] b, double t) {
        check(a, b);
        float[] z = new float[a.length];
        for (int j = 0; j < a.length; j++) {
            z[j] = (float) ((1 - t) * a[j] + t * b[j]);
        }
        return z;
    }

    /**
     * Spherical interpolation: {@code sin((1-t) w)/sin(w) a + sin(t w)/sin(w) b}, w the angle
     * between a and b. Where a and b have equal length the path keeps it, as samples of a
     * Gaussian prior mostly do, while a straight line cuts through the low-density centre. Codes
     * that are (anti)parallel or zero have no plane to turn in: the path is then the straight line.
     */
    public static float[] slerp(float[] a, float[] b, double t) {
        check(a, b);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += (double) a[j] * b[j];
            na += (double) a[j] * a[j];
            nb += (double) b[j] * b[j];
        }
        if (na == 0 || nb == 0) {
            return lerp(a, b, t);
        }
        double omega = Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb))));
        double sin = Math.sin(omega);
        if (omega < PARALLEL || Math.PI - omega < PARALLEL || sin == 0) {
            return lerp(a, b, t);
        }
        double wa = Math.sin((1 - t) * omega) / sin;
        double wb = Math.sin(t * omega) / sin;
        float[] z = new float[a.length];
        for (int j = 0; j < a.length; j++) {
            z[j] = (float) (wa * a[j] + wb * b[j]);
        }
        return z;
    }

    /** {@code steps + 1} codes from a to b on a straight line, both ends included. */
    public static CodePath linear(float[] a, float[] b, int steps) {
        return path(a, b, steps, false);
    }

    /** {@code steps + 1} codes from a to b on a great circle, both ends included. */
    public static CodePath spherical(float[] a, float[] b, int steps) {
        return path(a, b, steps, true);
    }

    private static CodePath path(float[] a, float[] b, int steps, boolean spherical) {
        if (steps < 1) {
            throw new IllegalArgumentException("a path needs at least one step, got " + steps);
        }
        float[][] points = new float[steps + 1][];
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            points[i] = spherical ? slerp(a, b, t) : lerp(a, b, t);
        }
        return new CodePath(a.length, CodePath.concat(points));
    }

    private static void check(float[] a, float[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("codes of sizes " + a.length + " and " + b.length);
        }
    }
}
