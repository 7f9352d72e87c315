package latentlab.ui.plot;

/**
 * A rectangle of a plot's data coordinates (latent values, or a projection's units). Two plots
 * framed on the same range show the same axes, whatever their codes span.
 */
public record DataRange(double xMin, double yMin, double xMax, double yMax) {

    public DataRange {
        if (!(Double.isFinite(xMin) && Double.isFinite(yMin) && Double.isFinite(xMax) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("a plot range needs finite bounds, got x " + xMin + " to " + xMax
                    + ", y " + yMin + " to " + yMax);
        }
        if (xMin > xMax || yMin > yMax) {
            throw new IllegalArgumentException("a plot range runs from low to high, got x " + xMin + " to " + xMax
                    + ", y " + yMin + " to " + yMax);
        }
    }

    /** The smallest range holding every finite point of {@code xy} (x,y interleaved), or null when there is none. */
    public static DataRange bounds(float[] xy) {
        double lx = Double.POSITIVE_INFINITY;
        double hx = Double.NEGATIVE_INFINITY;
        double ly = Double.POSITIVE_INFINITY;
        double hy = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (Float.isFinite(xy[i]) && Float.isFinite(xy[i + 1])) {
                lx = Math.min(lx, xy[i]);
                hx = Math.max(hx, xy[i]);
                ly = Math.min(ly, xy[i + 1]);
                hy = Math.max(hy, xy[i + 1]);
            }
        }
        return lx > hx ? null : new DataRange(lx, ly, hx, hy);
    }

    /** The smallest range holding both; either may be null. */
    public static DataRange union(DataRange a, DataRange b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new DataRange(Math.min(a.xMin, b.xMin), Math.min(a.yMin, b.yMin),
                Math.max(a.xMax, b.xMax), Math.max(a.yMax, b.yMax));
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }
}
