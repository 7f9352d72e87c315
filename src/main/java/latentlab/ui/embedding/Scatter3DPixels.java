package latentlab.ui.embedding;

import java.util.Arrays;
import java.util.BitSet;
import latentlab.ui.plot.PlotColors;

/**
 * The 3D scatter without 3D hardware: points rotated and projected in Java, then written into an
 * ARGB buffer with a depth buffer so nearer points cover farther ones, plus the three axes for
 * orientation. Plain Java; used where JavaFX has no 3D (software pipeline, remote desktops).
 */
public final class Scatter3DPixels {

    private final int width;
    private final int height;
    private final int[] pixels;
    private final float[] depth;
    private float[] screen = new float[0];
    private PlotColors colors = PlotColors.LIGHT;

    public Scatter3DPixels(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        this.depth = new float[width * height];
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

    /** ARGB of the pixels where no point or axis is. */
    public int background() {
        return colors.background();
    }

    public int[] pixels() {
        return pixels;
    }

    /** Screen x, y and depth of each plotted point from the last draw. */
    public float[] screen() {
        return screen;
    }

    public void draw(float[] unit, int[] labels, BitSet hidden, Orbit orbit, int dot) {
        Arrays.fill(pixels, colors.background());
        Arrays.fill(depth, Float.NEGATIVE_INFINITY);
        float[] axes = {-1, 0, 0, 1, 0, 0, 0, -1, 0, 0, 1, 0, 0, 0, -1, 0, 0, 1};
        float[] axesScreen = new float[axes.length];
        orbit.project(axes, width, height, axesScreen);
        for (int a = 0; a < 3; a++) {
            line(axesScreen[6 * a], axesScreen[6 * a + 1], axesScreen[6 * a + 3], axesScreen[6 * a + 4]);
        }
        if (screen.length != unit.length) {
            screen = new float[unit.length];
        }
        orbit.project(unit, width, height, screen);
        for (int i = 0; i < labels.length; i++) {
            if (!hidden.get(labels[i])) {
                plot(screen[3 * i], screen[3 * i + 1], screen[3 * i + 2], dot, colors.classArgb(labels[i]));
            }
        }
    }

    /** Index of the visible plotted point nearest to (sx, sy) within radius (nearer in depth wins ties), or -1. */
    public int pick(double sx, double sy, double radius, int[] labels, BitSet hidden) {
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < labels.length && 3 * i + 2 < screen.length; i++) {
            if (hidden.get(labels[i])) {
                continue;
            }
            double dx = screen[3 * i] - sx;
            double dy = screen[3 * i + 1] - sy;
            double dd = dx * dx + dy * dy;
            if (dd < bestD || (dd == bestD && best >= 0 && screen[3 * i + 2] > screen[3 * best + 2])) {
                bestD = dd;
                best = i;
            }
        }
        return best;
    }

    private void plot(double sx, double sy, float z, int dot, int argb) {
        int x0 = (int) Math.floor(sx - dot / 2.0);
        int y0 = (int) Math.floor(sy - dot / 2.0);
        for (int y = Math.max(0, y0); y < Math.min(height, y0 + dot); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + dot); x++) {
                int p = y * width + x;
                if (z >= depth[p]) {
                    depth[p] = z;
                    pixels[p] = argb;
                }
            }
        }
    }

    private void line(double x0, double y0, double x1, double y1) {
        int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
        for (int s = 0; s <= steps; s++) {
            double t = steps == 0 ? 0 : (double) s / steps;
            int x = (int) Math.round(x0 + t * (x1 - x0));
            int y = (int) Math.round(y0 + t * (y1 - y0));
            if (x >= 0 && y >= 0 && x < width && y < height) {
                pixels[y * width + x] = colors.muted();
            }
        }
    }
}
