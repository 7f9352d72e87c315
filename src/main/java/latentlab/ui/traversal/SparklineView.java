package latentlab.ui.traversal;

import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * The pixel change of every step of the traversal as a line under the filmstrip: step t sits on
 * the boundary between frames t and t + 1, so a spike stands right under the jump. The step into
 * the frame on show is marked, and the largest step is marked with its value.
 */
public final class SparklineView extends Region {

    private static final double HEIGHT = 70;
    /** Room above the line for the largest step's value. */
    private static final double TOP = 20;
    private static final double BOTTOM = 3;
    private static final double DOT = 3.5;

    private final TraversalPlayerViewModel vm;
    private final Polygon area = new Polygon();
    private final Polyline line = new Polyline();
    private final Line cursor = new Line();
    /** A ring, so the peak's dot shows through when the current step is the largest. */
    private final Circle current = new Circle(DOT + 2.5);
    private final Circle peak = new Circle(DOT + 0.5);
    private final Text peakLabel = new Text();

    public SparklineView(TraversalPlayerViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("sparkline");
        TraversalStyles.apply(this);
        area.getStyleClass().add("sparkline-area");
        line.getStyleClass().add("sparkline-line");
        cursor.getStyleClass().add("sparkline-cursor");
        current.getStyleClass().add("sparkline-current");
        peak.getStyleClass().add("sparkline-peak");
        peakLabel.getStyleClass().add("sparkline-peak-label");
        for (var n : new javafx.scene.Node[] {area, line, cursor, peak, current, peakLabel}) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
        getChildren().addAll(area, line, cursor, peak, current, peakLabel);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
    }

    private void initListeners() {
        vm.framesProperty().addListener((o, a, b) -> requestLayout());
        vm.frameProperty().addListener((o, a, b) -> requestLayout());
        vm.stepScaleProperty().addListener((o, a, b) -> requestLayout());
    }

    /** The dot on the step that led into the frame on show (hidden on the first frame). */
    public Circle current() {
        return current;
    }

    /** The dot on the largest step. */
    public Circle peak() {
        return peak;
    }

    /** The largest step's value, written above it. */
    public Text peakLabel() {
        return peakLabel;
    }

    /** Where step {@code t} (frame t to t + 1) is drawn across, for {@code count} frames. */
    double xOfStep(int t, int count) {
        return getWidth() * (t + 1) / count;
    }

    private double yOf(double step, double scale) {
        double h = getHeight() - TOP - BOTTOM;
        return getHeight() - BOTTOM - (scale > 0 ? Math.min(1, step / scale) : 0) * h;
    }

    @Override
    protected void layoutChildren() {
        var f = vm.framesProperty().get();
        boolean shown = f != null && f.count() >= 2;
        for (var n : getChildren()) {
            n.setVisible(shown);
        }
        if (!shown) {
            return;
        }
        StepProfile p = f.profile();
        double own = p.max();
        double scale = Math.max(own, vm.stepScaleProperty().get());
        double[] steps = p.steps();
        line.getPoints().clear();
        area.getPoints().clear();
        area.getPoints().addAll(xOfStep(0, f.count()), getHeight() - BOTTOM);
        for (int t = 0; t < steps.length; t++) {
            double x = xOfStep(t, f.count());
            double y = yOf(steps[t], scale);
            line.getPoints().addAll(x, y);
            area.getPoints().addAll(x, y);
        }
        area.getPoints().addAll(xOfStep(steps.length - 1, f.count()), getHeight() - BOTTOM);

        int frame = Math.min(vm.frameProperty().get(), f.count() - 1);
        double cx = getWidth() * (frame + 0.5) / f.count();
        cursor.setStartX(cx);
        cursor.setEndX(cx);
        cursor.setStartY(TOP / 2);
        cursor.setEndY(getHeight() - BOTTOM);
        current.setVisible(frame > 0);
        if (frame > 0) {
            current.setCenterX(xOfStep(frame - 1, f.count()));
            current.setCenterY(yOf(steps[frame - 1], scale));
        }
        int top = p.largest();
        peak.setCenterX(xOfStep(top, f.count()));
        peak.setCenterY(yOf(steps[top], scale));
        peakLabel.setText(String.format("%.1f", steps[top]));
        double w = peakLabel.getLayoutBounds().getWidth();
        double x = Math.max(0, Math.min(getWidth() - w, peak.getCenterX() - w / 2));
        peakLabel.relocate(x, Math.max(0, peak.getCenterY() - DOT - 2 - peakLabel.getLayoutBounds().getHeight()));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }
}
