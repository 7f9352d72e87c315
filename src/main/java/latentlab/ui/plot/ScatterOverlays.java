package latentlab.ui.plot;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The shapes laid over a scatter's pixels and placed from its view model after each redraw: the
 * pinned sample's ring, the marker code (with an arrow when its code lies beyond the frame), a
 * rectangle given in data coordinates (the manifold grid's span), and the prior's circles.
 */
final class ScatterOverlays {

    /** Circles smaller than this (in pixels) go unlabelled: zoomed out, their labels would pile up on the codes. */
    static final double MIN_LABELLED_RADIUS = 20;

    /** Space kept between a marker at the edge and the frame, so its ring and arrow show whole. */
    static final double MARKER_MARGIN = 24;

    private final ScatterViewModel vm;
    private final Circle pinRing = new Circle(7, Color.TRANSPARENT);
    private final Circle marker = new Circle(7);
    /** Points from the marker to its code when the code lies beyond the frame. */
    private final Polygon offPlotArrow = new Polygon(0, -6, 12, 0, 0, 6);
    private final Rectangle span = new Rectangle();
    private final Circle[] rings = {new Circle(), new Circle()};
    private final Text[] ringLabels = {new Text("1\u03c3"), new Text("2\u03c3")};
    /**
     * A halo of background under each label keeps it readable over a crowd of points. It is a copy of
     * the label stroked along its outline (centred), not the label's own outside stroke: an outside
     * stroke is cut from the glyphs' area at every frame the plot changes under it, which cost the
     * renderer most of its time while a model trained.
     */
    private final Text[] ringHalos = {new Text("1\u03c3"), new Text("2\u03c3")};
    private double[] spanData;

    ScatterOverlays(ScatterViewModel vm) {
        this.vm = vm;
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
        for (int k = 0; k < rings.length; k++) {
            rings[k].setFill(Color.TRANSPARENT);
            rings[k].setStrokeWidth(1.5);
            rings[k].getStrokeDashArray().setAll(k == 0 ? List.of(6.0, 4.0) : List.of(2.0, 4.0));
            rings[k].setId("prior-ring-" + (k + 1));
            ringLabels[k].setId("prior-ring-label-" + (k + 1));
            ringHalos[k].setId("prior-ring-halo-" + (k + 1));
            ringHalos[k].setStrokeWidth(5);
            ringHalos[k].setStrokeLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        }
        for (Node shape : shapes()) {
            shape.setMouseTransparent(true);
            shape.setManaged(false);
        }
    }

    /** The shapes, bottom first, to add over the pixels. */
    List<Node> shapes() {
        return List.of(rings[0], rings[1], ringHalos[0], ringHalos[1], ringLabels[0], ringLabels[1], span, pinRing,
                marker, offPlotArrow);
    }

    /** Outlines and the marker's fill follow the theme, as the points do. */
    void useColors(PlotColors c) {
        pinRing.setStroke(PlotSurface.color(c.ink()));
        marker.setFill(PlotSurface.color(c.background()).deriveColor(0, 1, 1, 0.85));
        for (int k = 0; k < rings.length; k++) {
            rings[k].setStroke(PlotSurface.color(c.ink()).deriveColor(0, 1, 1, 0.7));
            ringLabels[k].setFill(PlotSurface.color(c.ink()));
            ringHalos[k].setFill(PlotSurface.color(c.background()));
            ringHalos[k].setStroke(PlotSurface.color(c.background()));
        }
    }

    Circle marker() {
        return marker;
    }

    Polygon offPlotArrow() {
        return offPlotArrow;
    }

    Rectangle span() {
        return span;
    }

    void setSpan(double x0, double y0, double x1, double y1) {
        spanData = new double[] {x0, y0, x1, y1};
    }

    /** Places every shape for the current transform. */
    void place() {
        placeSpan();
        placeMarker();
        placePin();
        placeRings();
    }

    private void placeSpan() {
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
    }

    private void placeMarker() {
        var m = vm.marker().spot(MARKER_MARGIN);
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
    }

    private void placePin() {
        int pin = vm.pinnedProperty().get();
        var proj = vm.projectedProperty().get();
        int k = pin < 0 || proj == null ? -1 : java.util.Arrays.binarySearch(proj.indices(), pin);
        pinRing.setVisible(k >= 0);
        if (k >= 0) {
            var t = vm.transform();
            pinRing.setCenterX(t.toScreenX(proj.points()[2 * k]));
            pinRing.setCenterY(t.toScreenY(proj.points()[2 * k + 1]));
        }
    }

    private void placeRings() {
        List<PriorOverlay.Ring> shown = vm.priorRings();
        for (int k = 0; k < rings.length; k++) {
            boolean on = k < shown.size();
            rings[k].setVisible(on);
            boolean labelled = on && shown.get(k).radius() >= MIN_LABELLED_RADIUS;
            ringLabels[k].setVisible(labelled);
            ringHalos[k].setVisible(labelled);
            if (on) {
                PriorOverlay.Ring r = shown.get(k);
                rings[k].setCenterX(r.centreX());
                rings[k].setCenterY(r.centreY());
                rings[k].setRadius(r.radius());
                // The label sits where the circle crosses the upper-right diagonal, clear of the axes.
                double d = r.radius() / Math.sqrt(2);
                for (Text t : List.of(ringLabels[k], ringHalos[k])) {
                    t.setX(r.centreX() + d + 3);
                    t.setY(r.centreY() - d - 3);
                }
            }
        }
    }
}
