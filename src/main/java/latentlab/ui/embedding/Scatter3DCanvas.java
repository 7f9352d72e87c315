package latentlab.ui.embedding;

import java.nio.IntBuffer;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import latentlab.ui.plot.PlotColors;
import latentlab.ui.plot.PlotSurface;

/**
 * The pixel-drawn 3D scatter node, with the axes' names at their ends: drag rotates, scroll zooms,
 * hovering identifies a point.
 */
public final class Scatter3DCanvas extends Region {

    private final Embedding3DViewModel vm;
    private final ImageView imageView = new ImageView();
    private final Region frame = PlotSurface.frame();
    private final javafx.scene.text.Text[] names = new javafx.scene.text.Text[3];
    private Scatter3DPixels pixels;
    private PixelBuffer<IntBuffer> buffer;
    private final javafx.beans.property.ReadOnlyObjectProperty<PlotColors> colors = PlotSurface.follow(this);
    private boolean queued;
    private double lastX;
    private double lastY;

    public Scatter3DCanvas(Embedding3DViewModel vm) {
        this.vm = vm;
        imageView.setManaged(false);
        getChildren().addAll(imageView, frame);
        for (int k = 0; k < 3; k++) {
            names[k] = new javafx.scene.text.Text();
            names[k].setId("axis-3d-" + k);
            names[k].setManaged(false);
            names[k].setMouseTransparent(true);
            getChildren().add(names[k]);
        }
        setPrefSize(520, 460);
        setMinSize(120, 120);
        vm.revisionProperty().addListener((o, a, b) -> requestRedraw());
        colors.addListener((o, a, b) -> requestRedraw());
        setOnMousePressed(e -> {
            lastX = e.getX();
            lastY = e.getY();
        });
        setOnMouseDragged(e -> {
            vm.rotate(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        setOnScroll(e -> vm.zoom(Math.pow(1.0015, e.getDeltaY())));
        setOnMouseMoved(e -> vm.hoverPlotted(pixels == null ? -1
                : pixels.pick(e.getX(), e.getY(), 6, vm.plottedLabels(), vm.hidden())));
        setOnMouseExited(e -> vm.hoverPlotted(-1));
    }

    private void requestRedraw() {
        if (!queued) {
            queued = true;
            Platform.runLater(this::redraw);
        }
    }

    /** The theme's colours as this plot draws them. */
    public javafx.beans.property.ReadOnlyObjectProperty<PlotColors> colorsProperty() {
        return colors;
    }

    public Scatter3DPixels pixels() {
        return pixels;
    }

    @Override
    protected void layoutChildren() {
        PlotSurface.fit(frame, this);
        int w = (int) Math.max(1, Math.floor(getWidth()));
        int h = (int) Math.max(1, Math.floor(getHeight()));
        if (pixels == null || pixels.width() != w || pixels.height() != h) {
            pixels = new Scatter3DPixels(w, h);
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels.pixels()), PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(buffer));
            redraw();
        }
    }

    public void redraw() {
        queued = false;
        if (pixels == null) {
            return;
        }
        int n = vm.plottedLabels().length;
        pixels.setColors(colors.get());
        pixels.draw(vm.unitPoints(), vm.plottedLabels(), vm.hidden(), vm.orbit(), n > 20_000 ? 2 : 3);
        buffer.updateBuffer(b -> null);
        placeNames();
    }

    /** Each axis's name just beyond the positive end of the axis drawn in the pixels. */
    private void placeNames() {
        float[] ends = {1.12f, 0, 0, 0, 1.12f, 0, 0, 0, 1.12f};
        float[] screen = new float[9];
        vm.orbit().project(ends, pixels.width(), pixels.height(), screen);
        var axisNames = vm.axisNames();
        for (int k = 0; k < 3; k++) {
            names[k].setText(axisNames.get(k));
            names[k].setFill(PlotSurface.color(colors.get().ink()));
            names[k].relocate(screen[3 * k] - names[k].getLayoutBounds().getWidth() / 2, screen[3 * k + 1] - 8);
        }
    }
}
