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
        if (lx > hx) {
            lx = -1;
            hx = 1;
            ly = -1;
            hy = 1;
        }
        double spanX = Math.max(hx - lx, 1e-6);
        double spanY = Math.max(hy - ly, 1e-6);
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        scale = Math.min(w / spanX, h / spanY);
        offsetX = width / 2 - scale * (lx + hx) / 2;
        offsetY = height / 2 + scale * (ly + hy) / 2;
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
