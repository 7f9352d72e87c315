package latentlab.ui.plot;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Draws a scatter plot straight into an ARGB int buffer, over the layers beneath it (grid, prior,
 * hole map): one small square per point, no scene nodes and no per-point canvas calls, so 70,000
 * points redraw in a few milliseconds. Plain Java, so the benchmark and tests can time and inspect
 * it without a window.
 */
public final class ScatterRaster {

    private final int width;
    private final int height;
    private final int[] pixels;
    private PlotColors colors = PlotColors.LIGHT;

    public ScatterRaster(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The theme's colours, used from the next draw on. */
    public void setColors(PlotColors colors) {
        this.colors = colors;
    }

    public PlotColors colors() {
        return colors;
    }

    /** ARGB of the pixels where no point is. */
    public int background() {
        return colors.background();
    }

    /** The buffer, row-major ARGB; the view hands it to a PixelBuffer. */
    public int[] pixels() {
        return pixels;
    }

    /**
     * Redraws every point.
     *
     * @param xy plotted points, x,y interleaved
     * @param labels class of each plotted point
     * @param hidden classes not drawn
     * @param selected plotted points drawn outlined in the theme's ink and on top (may be empty)
     * @param dot side of a point's square in pixels
     * @param under layers painted over the background before the points, in order
     */
    public void draw(float[] xy, int[] labels, BitSet hidden, BitSet selected, ViewTransform t, int dot,
            List<RasterLayer> under) {
        Arrays.fill(pixels, colors.background());
        for (RasterLayer layer : under) {
            layer.paint(pixels, width, height, t, colors);
        }
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            int label = labels[i];
            if (!hidden.get(label) && !selected.get(i)) {
                plot(t.toScreenX(xy[2 * i]), t.toScreenY(xy[2 * i + 1]), dot, colors.classArgb(label));
            }
        }
        for (int i = selected.nextSetBit(0); i >= 0 && i < n; i = selected.nextSetBit(i + 1)) {
            if (!hidden.get(labels[i])) {
                double sx = t.toScreenX(xy[2 * i]);
                double sy = t.toScreenY(xy[2 * i + 1]);
                plot(sx, sy, dot + 2, colors.ink());
                plot(sx, sy, dot, colors.classArgb(labels[i]));
            }
        }
    }

    private void plot(double sx, double sy, int dot, int argb) {
        int x0 = (int) Math.floor(sx - dot / 2.0);
        int y0 = (int) Math.floor(sy - dot / 2.0);
        int x1 = Math.min(width, x0 + dot);
        int y1 = Math.min(height, y0 + dot);
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        for (int y = y0; y < y1; y++) {
            int row = y * width;
            for (int x = x0; x < x1; x++) {
                pixels[row + x] = argb;
            }
        }
    }
}
