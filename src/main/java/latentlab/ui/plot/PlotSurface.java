package latentlab.ui.plot;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Gives a region the theme's plot background (style class {@code plot-surface} in the
 * application style sheet) and tells pixel-drawn plots the colours that follow from it. The
 * background changes when the theme does, so the colours are read once per theme change.
 */
public final class PlotSurface {

    private PlotSurface() {
    }

    /** Styles {@code region} as a plot and returns its colours, updated on every theme change. */
    public static ReadOnlyObjectProperty<PlotColors> follow(Region region) {
        region.getStyleClass().add("plot-surface");
        ReadOnlyObjectWrapper<PlotColors> colors = new ReadOnlyObjectWrapper<>(colorsOf(region.getBackground()));
        region.backgroundProperty().addListener((o, a, b) -> colors.set(colorsOf(b)));
        return colors.getReadOnlyProperty();
    }

    /**
     * A frame to lay over a plot's pixels (style class {@code plot-frame}): the region's own
     * border lies beneath its children, so a plot that fills itself would hide it. Mouse events
     * pass through it; size it with {@link #fit(Region, Region)} when laying out.
     */
    public static Region frame() {
        Region frame = new Region();
        frame.getStyleClass().add("plot-frame");
        frame.setMouseTransparent(true);
        frame.setManaged(false);
        return frame;
    }

    /** Sizes {@code frame} to cover {@code plot}. */
    public static void fit(Region frame, Region plot) {
        frame.resizeRelocate(0, 0, plot.getWidth(), plot.getHeight());
    }

    static PlotColors colorsOf(Background background) {
        if (background == null || background.getFills().isEmpty()
                || !(background.getFills().get(0).getFill() instanceof Color c)) {
            return PlotColors.LIGHT;
        }
        int argb = 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        return PlotColors.onBackground(argb);
    }

    /** The JavaFX colour of an ARGB int. */
    public static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }
}
