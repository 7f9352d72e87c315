package latentlab.ui.plot;

/** Paints a {@link HoleMap}'s cells in the {@link ConfidenceScale}'s colours, each over its data rectangle. */
final class HoleMapLayer {

    private HoleMapLayer() {
    }

    static RasterLayer of(HoleMap map) {
        return (pixels, width, height, t, colors) -> {
            // Each pixel column and row falls in one cell column and row: look them up once.
            int[] column = new int[width];
            for (int x = 0; x < width; x++) {
                column[x] = map.column(t.toDataX(x + 0.5));
            }
            int[] shade = new int[map.n() * map.n()];
            for (int k = 0; k < shade.length; k++) {
                shade[k] = ConfidenceScale.argb(map.values()[k], colors.background());
            }
            for (int y = 0; y < height; y++) {
                int r = map.row(t.toDataY(y + 0.5));
                if (r < 0) {
                    continue;
                }
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    if (column[x] >= 0) {
                        pixels[row + x] = shade[r * map.n() + column[x]];
                    }
                }
            }
        };
    }
}
