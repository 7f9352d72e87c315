package latentlab.latent.path;

/** A sweep along one latent dimension: every other coordinate stays where it is. */
public final class Sweep {
    private Sweep() {
    }

    /** {@code steps + 1} codes equal to {@code base} but for dimension {@code dim}, which runs from {@code from} to {@code to}. */
    public static CodePath along(float[] base, int dim, double from, double to, int steps) {
        if (dim < 0 || dim >= base.length) {
            throw new IllegalArgumentException("dimension " + dim + " is outside a code of size " + base.length);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("a sweep needs at least one step, got " + steps);
        }
        float[][] points = new float[steps + 1][];
        for (int i = 0; i <= steps; i++) {
            points[i] = base.clone();
            points[i][dim] = (float) (from + (to - from) * i / steps);
        }
        return new CodePath(base.length, CodePath.concat(points));
    }
}
