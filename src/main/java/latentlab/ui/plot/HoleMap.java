package latentlab.ui.plot;

/**
 * Values in [0, 1] on an n x n grid of cells covering {@code range}, e.g. how confidently a
 * classifier recognises the image decoded at each cell: low values mark the latent space's holes.
 * Cells are row-major with row 0 at the top (highest y), as the manifold grid decodes them.
 *
 * @param range the region the cells cover, edge to edge
 * @param n cells per side
 * @param values n * n values, row 0 first
 */
public record HoleMap(DataRange range, int n, float[] values) {

    public HoleMap {
        if (range == null) {
            throw new IllegalArgumentException("a hole map needs the region it covers");
        }
        if (!(range.width() > 0 && range.height() > 0)) {
            throw new IllegalArgumentException("a hole map needs a region with area, got " + range);
        }
        if (n < 1) {
            throw new IllegalArgumentException("a hole map needs at least one cell per side, got " + n);
        }
        if (values == null || values.length != n * n) {
            throw new IllegalArgumentException("a hole map of " + n + " x " + n + " cells needs " + n * n
                    + " values, got " + (values == null ? 0 : values.length));
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0 && values[i] <= 1)) {
                throw new IllegalArgumentException("hole map values are confidences in [0, 1]; cell " + i
                        + " (row " + i / n + ", column " + i % n + ") is " + values[i]);
            }
        }
        values = values.clone();
    }

    /** The column of the cell holding data x, or -1 outside the range. */
    public int column(double x) {
        return cellIndex((x - range.xMin()) / range.width());
    }

    /** The row of the cell holding data y (row 0 at the top), or -1 outside the range. */
    public int row(double y) {
        return cellIndex((range.yMax() - y) / range.height());
    }

    private int cellIndex(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            return -1;
        }
        return Math.min(n - 1, (int) (fraction * n));
    }

    /** The value of the cell holding (x, y), or NaN outside the range. */
    public double valueAt(double x, double y) {
        int c = column(x);
        int r = row(y);
        return c < 0 || r < 0 ? Double.NaN : values[r * n + c];
    }

    /** The centres of the cells, x,y interleaved, in the order of {@link #values}: where to decode. */
    public static float[] cellCentres(DataRange range, int n) {
        float[] xy = new float[2 * n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int k = r * n + c;
                xy[2 * k] = (float) (range.xMin() + (c + 0.5) * range.width() / n);
                xy[2 * k + 1] = (float) (range.yMax() - (r + 0.5) * range.height() / n);
            }
        }
        return xy;
    }
}
