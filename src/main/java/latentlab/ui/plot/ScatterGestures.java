package latentlab.ui.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * What the mouse does on a scatter: drag pans, scroll zooms, shift-drag selects a box, alt- or
 * ctrl-drag draws a lasso, a click pins the nearest point, and the marker can be dragged when the
 * projection is linear; while path drawing is on, a drag draws a path for a traversal instead. Shows
 * the box and the lasso while they are drawn, and the drawn path until another is drawn.
 */
final class ScatterGestures {

    private enum Gesture { NONE, PAN, BOX, LASSO, MARKER, PATH }

    static final double PICK_RADIUS = 6;

    private final ScatterViewModel vm;
    private final Region plot;
    private final Circle marker;
    private final Rectangle box = new Rectangle();
    private final Polyline lasso = new Polyline();
    private final List<Double> lassoPoints = new ArrayList<>();
    /** The path drawn for a traversal: the line being drawn, then the path's codes where they land now. */
    private final Polyline path = new Polyline();
    /** Scrolling has no end event: the view counts as settled a moment after the last one. */
    private final PauseTransition scrollSettles = new PauseTransition(Duration.millis(300));
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private Consumer<float[]> onMarkerDragged = c -> { };

    ScatterGestures(ScatterViewModel vm, Region plot, Circle marker) {
        this.vm = vm;
        this.plot = plot;
        this.marker = marker;
        box.setFill(Color.web("#0072B2", 0.12));
        box.setStroke(Color.web("#0072B2"));
        box.setVisible(false);
        lasso.setStroke(Color.web("#0072B2"));
        lasso.getStrokeDashArray().setAll(4.0, 3.0);
        path.setStroke(Color.web("#D55E00"));
        path.setStrokeWidth(2.5);
        path.setId("drawn-path");
        for (Node shape : shapes()) {
            shape.setMouseTransparent(true);
            shape.setManaged(false);
        }
        scrollSettles.setOnFinished(e -> vm.viewSettled());
        plot.setOnMousePressed(this::pressed);
        plot.setOnMouseDragged(this::dragged);
        plot.setOnMouseReleased(this::released);
        plot.setOnMouseMoved(e -> vm.choice().hover(vm.choice().pick(e.getX(), e.getY(), PICK_RADIUS)));
        plot.setOnMouseExited(e -> vm.choice().hover(-1));
        plot.setOnScroll(this::scrolled);
        vm.revisionProperty().addListener((o, a, b) -> showPath());
        vm.path().codesProperty().addListener((o, a, b) -> showPath());
        vm.path().drawingProperty().addListener((o, a, on) -> plot.setCursor(on ? Cursor.CROSSHAIR : Cursor.DEFAULT));
    }

    /** The drawn path's codes, projected where the plot shows them now (the view may have moved). */
    private void showPath() {
        float[] codes = vm.path().codesProperty().get();
        var p = vm.projectedProperty().get();
        if (gesture == Gesture.PATH) {
            return;
        }
        if (codes == null || p == null || p.linear() == null || codes.length % p.linear().dim() != 0) {
            path.getPoints().clear();
            return;
        }
        float[] xy = p.linear().projectAll(codes);
        List<Double> screen = new ArrayList<>();
        for (int k = 0; k + 1 < xy.length; k += 2) {
            screen.add(vm.transform().toScreenX(xy[k]));
            screen.add(vm.transform().toScreenY(xy[k + 1]));
        }
        path.getPoints().setAll(screen);
    }

    /** The box and the lasso, to add over the pixels. */
    List<Node> shapes() {
        return List.of(box, lasso, path);
    }

    void setOnMarkerDragged(Consumer<float[]> handler) {
        onMarkerDragged = handler;
    }

    private void pressed(MouseEvent e) {
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        if (vm.path().drawingProperty().get()) {
            gesture = Gesture.PATH;
            path.getPoints().setAll(e.getX(), e.getY());
        } else if (marker.isVisible() && Math.hypot(e.getX() - marker.getCenterX(), e.getY() - marker.getCenterY()) < 10) {
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
            plot.setCursor(Cursor.CLOSED_HAND);
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
            case PATH -> path.getPoints().addAll(e.getX(), e.getY());
            case MARKER -> {
                float[] code = vm.marker().codeAt(vm.markerProperty().get(), e.getX(), e.getY());
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
                    vm.choice().clearSelection();
                } else {
                    vm.choice().selectBox(pressX, pressY, e.getX(), e.getY());
                }
            }
            case PATH -> {
                double[] line = path.getPoints().stream().mapToDouble(Double::doubleValue).toArray();
                gesture = Gesture.NONE;
                vm.path().finish(line);
                showPath();
            }
            case LASSO -> {
                double[] poly = lassoPoints.stream().mapToDouble(Double::doubleValue).toArray();
                lasso.getPoints().clear();
                vm.choice().selectLasso(poly);
            }
            case PAN -> {
                if (click) {
                    vm.choice().pin(vm.choice().pick(e.getX(), e.getY(), PICK_RADIUS));
                } else {
                    vm.viewSettled();
                }
            }
            default -> { }
        }
        gesture = Gesture.NONE;
        plot.setCursor(vm.path().drawingProperty().get() ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            vm.zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            scrollSettles.playFromStart();
        }
    }
}
