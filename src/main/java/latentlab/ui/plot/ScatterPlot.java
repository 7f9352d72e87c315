package latentlab.ui.plot;

import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * The 2D scatter: a {@link ScatterRaster} shown through a PixelBuffer-backed image, with the
 * {@link ScatterOverlays} over it and the {@link ScatterGestures} on it. Redraw requests are
 * coalesced: however many changes arrive in one event, one redraw follows.
 */
public final class ScatterPlot extends Region {

    private final ScatterViewModel vm;
    private final ImageView imageView = new ImageView();
    private final ReadOnlyObjectProperty<PlotColors> colors = PlotSurface.follow(this);
    private final ScatterOverlays overlays;
    private final ScatterGestures gestures;
    private final Region frame = PlotSurface.frame();
    private ScatterRaster raster;
    private PixelBuffer<IntBuffer> buffer;
    private boolean redrawQueued;
    private Runnable onRedrawn = () -> { };

    public ScatterPlot(ScatterViewModel vm) {
        this.vm = vm;
        this.overlays = new ScatterOverlays(vm);
        this.gestures = new ScatterGestures(vm, this, overlays.marker());
        imageView.setManaged(false);
        getChildren().add(imageView);
        getChildren().addAll(overlays.shapes());
        getChildren().addAll(gestures.shapes());
        getChildren().add(frame);
        // Nothing drawn for the plot may spill over the controls beside it.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(120, 120);
        setPrefSize(520, 460);
        overlays.useColors(colors.get());
        colors.addListener((o, a, c) -> {
            overlays.useColors(c);
            if (raster != null) {
                raster.setColors(c);
            }
            requestRedraw();
        });
        vm.revisionProperty().addListener((o, a, b) -> requestRedraw());
        vm.pinnedProperty().addListener((o, a, b) -> requestRedraw());
    }

    /** The theme's colours as this plot draws them. */
    public ReadOnlyObjectProperty<PlotColors> colorsProperty() {
        return colors;
    }

    /** Called with the new code while the marker is dragged. */
    public void setOnMarkerDragged(Consumer<float[]> handler) {
        gestures.setOnMarkerDragged(handler);
    }

    /** Called after every redraw, when the frame and the ticks are those on screen. */
    void setOnRedrawn(Runnable handler) {
        onRedrawn = handler;
    }

    /** The pixels shown, for tests: ARGB row-major, {@code width x height}. */
    public ScatterRaster raster() {
        return raster;
    }

    public Circle marker() {
        return overlays.marker();
    }

    /** The arrow shown beside the marker when its code lies beyond the plot's frame. */
    public Polygon offPlotArrow() {
        return overlays.offPlotArrow();
    }

    /** Outlines a rectangle given in plot coordinates (e.g. the span of a manifold grid). */
    public void setDataRectangle(double x0, double y0, double x1, double y1) {
        overlays.setSpan(x0, y0, x1, y1);
        requestRedraw();
    }

    public Rectangle dataRectangle() {
        return overlays.span();
    }

    @Override
    protected void layoutChildren() {
        PlotSurface.fit(frame, this);
        int w = (int) Math.max(1, Math.floor(getWidth()));
        int h = (int) Math.max(1, Math.floor(getHeight()));
        if (raster == null || raster.width() != w || raster.height() != h) {
            raster = new ScatterRaster(w, h);
            raster.setColors(colors.get());
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(raster.pixels()), PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(buffer));
            vm.setViewport(w, h);
            redraw();
        }
    }

    private void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(this::redraw);
        }
    }

    /** Draws now (also used by tests and the benchmark via the FX thread). */
    public void redraw() {
        redrawQueued = false;
        if (raster == null) {
            return;
        }
        vm.render(raster);
        buffer.updateBuffer(b -> null);
        overlays.place();
        onRedrawn.run();
    }
}
