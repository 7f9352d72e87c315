package latentlab.ui.plot;

/** Something painted into a scatter's pixels before the points, so the points stay on top. */
@FunctionalInterface
public interface RasterLayer {

    /**
     * Paints over the background already in {@code pixels} (ARGB, row-major, width x height).
     *
     * @param t where data coordinates fall on screen
     * @param colors the theme's colours
     */
    void paint(int[] pixels, int width, int height, ViewTransform t, PlotColors colors);
}
