package latentlab.ui.plot;

import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import latentlab.latent.Projected;

/**
 * A code shown as a marker on the scatter (the explorer's current code, the draw pad's drawing):
 * where it lands on screen, where to draw it when it lies beyond the frame, and which code a
 * marker dragged to a screen point stands for. Only linear projections can place a code.
 */
public final class ScatterMarker {

    private final ObjectProperty<float[]> code = new SimpleObjectProperty<>();
    private final Supplier<Projected> projected;
    private final ViewTransform transform;
    private final PlotFrame frame;

    ScatterMarker(Supplier<Projected> projected, ViewTransform transform, PlotFrame frame) {
        this.projected = projected;
        this.transform = transform;
        this.frame = frame;
    }

    /** The code shown (null: none). */
    public ObjectProperty<float[]> codeProperty() {
        return code;
    }

    /**
     * The marker's place on screen.
     *
     * @param offPlot the code lies beyond the plot's frame; (x, y) is on the edge toward it
     * @param angle direction from the plot's centre to the code, in degrees (screen y down)
     */
    public record MarkerSpot(double x, double y, boolean offPlot, double angle) {
    }

    /** Screen position of a code, or null when the projection cannot place new codes. */
    public double[] screenOf(float[] c) {
        Projected p = projected.get();
        if (c == null || p == null || p.linear() == null || c.length != p.linear().dim()) {
            return null;
        }
        float[] q = p.linear().project(c);
        return new double[] {transform.toScreenX(q[0]), transform.toScreenY(q[1])};
    }

    /**
     * Where the marker is drawn: at its code when that lies on the plot, else {@code margin}
     * pixels inside the plot's edge toward the code, flagged as off the plot. Null when the
     * projection cannot place the code.
     */
    public MarkerSpot spot(double margin) {
        double[] s = screenOf(code.get());
        if (s == null) {
            return null;
        }
        double width = frame.width();
        double height = frame.height();
        if (s[0] >= 0 && s[0] <= width && s[1] >= 0 && s[1] <= height) {
            return new MarkerSpot(s[0], s[1], false, 0);
        }
        double lo = margin;
        double hiX = Math.max(lo, width - margin);
        double hiY = Math.max(lo, height - margin);
        double cx = width / 2;
        double cy = height / 2;
        double dx = s[0] - cx;
        double dy = s[1] - cy;
        // Walk from the centre toward the code and stop at the margin, so the spot points at it.
        double t = Math.min(dx == 0 ? Double.POSITIVE_INFINITY : (dx > 0 ? hiX - cx : lo - cx) / dx,
                dy == 0 ? Double.POSITIVE_INFINITY : (dy > 0 ? hiY - cy : lo - cy) / dy);
        return new MarkerSpot(cx + t * dx, cy + t * dy, true, Math.toDegrees(Math.atan2(dy, dx)));
    }

    /** The code that lands at screen (sx, sy), equal to {@code from} off the plot's plane; null if not linear. */
    public float[] codeAt(float[] from, double sx, double sy) {
        Projected p = projected.get();
        if (from == null || p == null || p.linear() == null || from.length != p.linear().dim()) {
            return null;
        }
        return p.linear().moveTo(from, new float[] {(float) transform.toDataX(sx), (float) transform.toDataY(sy)});
    }
}
