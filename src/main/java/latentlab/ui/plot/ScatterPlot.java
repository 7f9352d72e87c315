package latentlab.ui.plot;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

/**
 * The 2D scatter: a {@link ScatterRaster} shown through a PixelBuffer-backed image, with overlay
 * shapes for the box, the lasso, the pinned sample and the marker code. Drag pans, scroll zooms,
 * shift-drag selects a box, alt- or ctrl-drag draws a lasso, a click pins the nearest point, and
 * the marker can be dragged when the projection is linear.
 */
public final class ScatterPlot extends Region {

    private enum Gesture { NONE, PAN, BOX, LASSO, MARKER }

    private static final double PICK_RADIUS = 6;
    /** Space kept between a marker at the edge and the frame, so its ring and arrow show whole. */
    private static final double MARKER_MARGIN = 24;

    private final ScatterViewModel vm;
    private final ImageView imageView = new ImageView();
    private final Rectangle box = new Rectangle();
    private final Polyline lasso = new Polyline();
    private final Circle pinRing = new Circle(7, Color.TRANSPARENT);
    private final Circle marker = new Circle(7);
    private final javafx.beans.property.ReadOnlyObjectProperty<PlotColors> colors = PlotSurface.follow(this);
    /** Points from the marker to its code when the code lies beyond the frame. */
    private final Polygon offPlotArrow = new Polygon(0, -6, 12, 0, 0, 6);
    private final Rectangle span = new Rectangle();
    private final Region frame = PlotSurface.frame();
    private double[] spanData;
    private ScatterRaster raster;
    private PixelBuffer<IntBuffer> buffer;
    private boolean redrawQueued;
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private final List<Double> lassoPoints = new ArrayList<>();
    private Consumer<float[]> onMarkerDragged = c -> { };

    public ScatterPlot(ScatterViewModel vm) {
        this.vm = vm;
        box.setFill(Color.web("#0072B2", 0.12));
        box.setStroke(Color.web("#0072B2"));
        box.setVisible(false);
        lasso.setStroke(Color.web("#0072B2"));
        lasso.getStrokeDashArray().setAll(4.0, 3.0);
        pinRing.setStrokeWidth(2);
        pinRing.setVisible(false);
        marker.setStroke(Color.web("#D55E00"));
        marker.setStrokeWidth(3);
        marker.setVisible(false);
        offPlotArrow.setFill(Color.web("#D55E00"));
        offPlotArrow.setVisible(false);
        offPlotArrow.setId("marker-off-plot");
        span.setFill(Color.TRANSPARENT);
        span.setStroke(Color.web("#D55E00"));
        span.getStrokeDashArray().setAll(6.0, 4.0);
        span.setVisible(false);
        for (var shape : List.of(box, lasso, pinRing, marker, offPlotArrow, span)) {
            shape.setMouseTransparent(true);
            shape.setManaged(false);
        }
        imageView.setManaged(false);
        getChildren().addAll(imageView, span, box, lasso, pinRing, marker, offPlotArrow, frame);
        // Nothing drawn for the plot may spill over the controls beside it.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(120, 120);
        setPrefSize(520, 460);
        useColors(colors.get());
        colors.addListener((o, a, c) -> {
            useColors(c);
            requestRedraw();
        });
        vm.revisionProperty().addListener((o, a, b) -> requestRedraw());
        vm.pinnedProperty().addListener((o, a, b) -> requestRedraw());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(e -> vm.hover(vm.pick(e.getX(), e.getY(), PICK_RADIUS)));
        setOnMouseExited(e -> vm.hover(-1));
        setOnScroll(this::scrolled);
    }

    /** Outlines and the marker's fill follow the theme, as the points do. */
    private void useColors(PlotColors c) {
        pinRing.setStroke(PlotSurface.color(c.ink()));
        marker.setFill(PlotSurface.color(c.background()).deriveColor(0, 1, 1, 0.85));
        if (raster != null) {
            raster.setColors(c);
        }
    }

    /** The theme's colours as this plot draws them. */
    public javafx.beans.property.ReadOnlyObjectProperty<PlotColors> colorsProperty() {
        return colors;
    }

    /** Called with the new code while the marker is dragged. */
    public void setOnMarkerDragged(Consumer<float[]> handler) {
        onMarkerDragged = handler;
    }

    /** The pixels shown, for tests: ARGB row-major, {@code width x height}. */
    public ScatterRaster raster() {
        return raster;
    }

    public Circle marker() {
        return marker;
    }

    /** The arrow shown beside the marker when its code lies beyond the plot's frame. */
    public Polygon offPlotArrow() {
        return offPlotArrow;
    }

    /** Outlines a rectangle given in plot coordinates (e.g. the span of a manifold grid). */
    public void setDataRectangle(double x0, double y0, double x1, double y1) {
        spanData = new double[] {x0, y0, x1, y1};
        requestRedraw();
    }

    public Rectangle dataRectangle() {
        return span;
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

    /** Coalesces redraw requests: however many changes arrive in one event, one redraw follows. */
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
        placeOverlays();
    }

    private void placeOverlays() {
        span.setVisible(spanData != null);
        if (spanData != null) {
            var t = vm.transform();
            double ax = t.toScreenX(spanData[0]);
            double bx = t.toScreenX(spanData[2]);
            double ay = t.toScreenY(spanData[1]);
            double by = t.toScreenY(spanData[3]);
            span.setX(Math.min(ax, bx));
            span.setY(Math.min(ay, by));
            span.setWidth(Math.abs(bx - ax));
            span.setHeight(Math.abs(by - ay));
        }
        var m = vm.markerSpot(MARKER_MARGIN);
        marker.setVisible(m != null);
        offPlotArrow.setVisible(m != null && m.offPlot());
        if (m != null) {
            marker.setCenterX(m.x());
            marker.setCenterY(m.y());
            marker.getStrokeDashArray().setAll(m.offPlot() ? List.of(4.0, 3.0) : List.of());
            // The arrow (12 px long, rotated about its middle) sits just outside the ring, toward the code.
            double a = Math.toRadians(m.angle());
            offPlotArrow.setLayoutX(m.x() + 16 * Math.cos(a) - 6);
            offPlotArrow.setLayoutY(m.y() + 16 * Math.sin(a));
            offPlotArrow.setRotate(m.angle());
        }
        int pin = vm.pinnedProperty().get();
        double[] p = pin < 0 || vm.dataProperty().get() == null ? null : screenOfSample(pin);
        pinRing.setVisible(p != null);
        if (p != null) {
            pinRing.setCenterX(p[0]);
            pinRing.setCenterY(p[1]);
        }
    }

    private double[] screenOfSample(int sample) {
        var proj = vm.projectedProperty().get();
        if (proj == null) {
            return null;
        }
        int k = java.util.Arrays.binarySearch(proj.indices(), sample);
        if (k < 0) {
            return null;
        }
        var t = vm.transform();
        return new double[] {t.toScreenX(proj.points()[2 * k]), t.toScreenY(proj.points()[2 * k + 1])};
    }

    private void pressed(MouseEvent e) {
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        if (marker.isVisible() && Math.hypot(e.getX() - marker.getCenterX(), e.getY() - marker.getCenterY()) < 10) {
            gesture = Gesture.MARKER;
        } else if (e.isShiftDown()) {
            gesture = Gesture.BOX;
        } else if (e.isAltDown() || e.isControlDown()) {
            gesture = Gesture.LASSO;
            lassoPoints.clear();
            lassoPoints.addAll(List.of(e.getX(), e.getY()));
            lasso.getPoints().setAll(lassoPoints);
        } else {
            gesture = Gesture.PAN;
            setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void dragged(MouseEvent e) {
        switch (gesture) {
            case PAN -> vm.pan(e.getX() - lastX, e.getY() - lastY);
            case BOX -> {
                box.setVisible(true);
                box.setX(Math.min(pressX, e.getX()));
                box.setY(Math.min(pressY, e.getY()));
                box.setWidth(Math.abs(e.getX() - pressX));
                box.setHeight(Math.abs(e.getY() - pressY));
            }
            case LASSO -> {
                lassoPoints.add(e.getX());
                lassoPoints.add(e.getY());
                lasso.getPoints().setAll(lassoPoints);
            }
            case MARKER -> {
                float[] code = vm.codeAt(vm.markerProperty().get(), e.getX(), e.getY());
                if (code != null) {
                    vm.markerProperty().set(code);
                    onMarkerDragged.accept(code);
                }
            }
            default -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        boolean click = Math.hypot(e.getX() - pressX, e.getY() - pressY) < 3;
        switch (gesture) {
            case BOX -> {
                box.setVisible(false);
                if (click) {
                    vm.clearSelection();
                } else {
                    vm.selectBox(pressX, pressY, e.getX(), e.getY());
                }
            }
            case LASSO -> {
                double[] poly = lassoPoints.stream().mapToDouble(Double::doubleValue).toArray();
                lasso.getPoints().clear();
                vm.selectLasso(poly);
            }
            case PAN -> {
                if (click) {
                    vm.pin(vm.pick(e.getX(), e.getY(), PICK_RADIUS));
                }
            }
            default -> { }
        }
        gesture = Gesture.NONE;
        setCursor(Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            vm.zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        }
    }
}
