package latentlab.ui.plot;

import java.util.List;

/** Faint lines across the plot at the axes' ticks, so a point's value can be read off in its place. */
final class GridLines {

    private GridLines() {
    }

    static RasterLayer at(List<AxisTicks.Tick> xTicks, List<AxisTicks.Tick> yTicks) {
        return (pixels, width, height, t, colors) -> {
            int argb = colors.grid();
            for (AxisTicks.Tick tick : xTicks) {
                int x = (int) Math.round(tick.screen());
                if (x >= 0 && x < width) {
                    for (int y = 0; y < height; y++) {
                        pixels[y * width + x] = argb;
                    }
                }
            }
            for (AxisTicks.Tick tick : yTicks) {
                int y = (int) Math.round(tick.screen());
                if (y >= 0 && y < height) {
                    java.util.Arrays.fill(pixels, y * width, (y + 1) * width, argb);
                }
            }
        };
    }
}
