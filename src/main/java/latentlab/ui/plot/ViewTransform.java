package latentlab.ui.plot;

/**
 * Maps plot coordinates to screen pixels with one scale for both axes (distances in the latent
 * space look the same in every direction) and y pointing up. Pan and zoom change it; new codes
 * do not, so points move during training while the frame stays still.
 */
public final class ViewTransform {

    private double scale = 1;
    private double offsetX;
    private double offsetY;

    public double scale() {
        return scale;
    }

    public double toScreenX(double x) {
        return offsetX + scale * x;
    }

    public double toScreenY(double y) {
        return offsetY - scale * y;
    }

    public double toDataX(double sx) {
        return (sx - offsetX) / scale;
    }

    public double toDataY(double sy) {
        return (offsetY - sy) / scale;
    }

    /** Frames the points (x,y interleaved) in a width x height area with a margin in pixels. */
    public void fit(float[] xy, double width, double height, double margin) {
        DataRange r = DataRange.bounds(xy);
        fit(r == null ? new DataRange(-1, -1, 1, 1) : r, width, height, margin);
    }

    /** Frames {@code range} in a width x height area with a margin in pixels, centred. */
    public void fit(DataRange range, double width, double height, double margin) {
        double spanX = Math.max(range.width(), 1e-6);
        double spanY = Math.max(range.height(), 1e-6);
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        scale = Math.min(w / spanX, h / spanY);
        offsetX = width / 2 - scale * (range.xMin() + range.xMax()) / 2;
        offsetY = height / 2 + scale * (range.yMin() + range.yMax()) / 2;
    }

    /** The data coordinates seen in a width x height area. */
    public DataRange visible(double width, double height) {
        return new DataRange(toDataX(0), toDataY(height), toDataX(width), toDataY(0));
    }

    /** Moves the picture by (dx, dy) screen pixels. */
    public void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms by {@code factor} keeping the plot point under (sx, sy) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        double dx = toDataX(sx);
        double dy = toDataY(sy);
        scale = Math.max(1e-9, scale * factor);
        offsetX = sx - scale * dx;
        offsetY = sy + scale * dy;
    }
}
