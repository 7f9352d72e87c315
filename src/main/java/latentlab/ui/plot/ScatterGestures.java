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
 * projection is linear. Shows the box and the lasso while they are drawn.
 */
final class ScatterGestures {

    private enum Gesture { NONE, PAN, BOX, LASSO, MARKER }

    static final double PICK_RADIUS = 6;

    private final ScatterViewModel vm;
    private final Region plot;
    private final Circle marker;
    private final Rectangle box = new Rectangle();
    private final Polyline lasso = new Polyline();
    private final List<Double> lassoPoints = new ArrayList<>();
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
    }

    /** The box and the lasso, to add over the pixels. */
    List<Node> shapes() {
        return List.of(box, lasso);
    }

    void setOnMarkerDragged(Consumer<float[]> handler) {
        onMarkerDragged = handler;
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
        plot.setCursor(Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            vm.zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            scrollSettles.playFromStart();
        }
    }
}
