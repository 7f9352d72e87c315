package latentlab.ui.plot;

import java.util.BitSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import latentlab.latent.EmbeddingData;
import latentlab.latent.Projected;
import latentlab.latent.Selection;
import latentlab.ui.task.TaskExecutor;

/**
 * State of the scatter widget: data, projection, view transform, hidden classes, selection, hover
 * and pin, and an optional marker code (the explorer's current code). Everything a user does
 * with the mouse is a method here taking screen coordinates, so it is tested without a window.
 * Redraws are requested by bumping {@link #revisionProperty()}.
 */
public final class ScatterViewModel {

    static final String NOTHING_CHOSEN = "No selection: click a point to pin it, shift-drag to select";

    private final ProjectionRunner runner;
    private final ReadOnlyObjectWrapper<EmbeddingData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Projected> projected = new ReadOnlyObjectWrapper<>();
    private final ViewTransform transform = new ViewTransform();
    private final BitSet hidden = new BitSet();
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(new int[0]);
    private final BitSet selectedPlotted = new BitSet();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper pinned = new ReadOnlyIntegerWrapper(-1);
    private final ObjectProperty<float[]> marker = new SimpleObjectProperty<>();
    private final StringProperty samples = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(NOTHING_CHOSEN);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private int[] plottedLabels = new int[0];
    private float[] xy = new float[0];
    private double width;
    private double height;
    private boolean fitPending = true;
    /** The user panned or zoomed since the data came: live updates then keep the frame. */
    private boolean viewMoved;

    /** @param projections where slow projections run */
    public ScatterViewModel(TaskExecutor projections) {
        this.runner = new ProjectionRunner(2, projections);
        runner.methodProperty().addListener((o, a, b) -> reproject(true));
        marker.addListener((o, a, b) -> bump());
        selection.addListener((o, a, b) -> describeChoice());
        pinned.addListener((o, a, b) -> describeChoice());
    }

    /** Which samples are shown, in words for the legend (e.g. "training + validation"); "" when unknown. */
    public StringProperty samplesProperty() {
        return samples;
    }

    /** What is selected and pinned, in words: "4 selected", "Sample #8 pinned", or how to choose. */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    private void describeChoice() {
        int n = selection.get().length;
        int pin = pinned.get();
        String pinText = "sample #" + pin + " pinned";
        if (n > 0) {
            selectionText.set(n + " selected" + (pin >= 0 ? ", " + pinText : ""));
        } else if (pin >= 0) {
            selectionText.set("S" + pinText.substring(1) + " (click empty space to unpin)");
        } else {
            selectionText.set(NOTHING_CHOSEN);
        }
    }

    public ProjectionRunner projection() {
        return runner;
    }

    public ReadOnlyObjectProperty<EmbeddingData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Projected> projectedProperty() {
        return projected.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<int[]> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** A code shown as a marker (null: none); only linear projections can place it. */
    public ObjectProperty<float[]> markerProperty() {
        return marker;
    }

    public ViewTransform transform() {
        return transform;
    }

    /** A new set of samples: projection recomputed, view refitted, selection cleared. */
    public void setData(EmbeddingData d) {
        data.set(d);
        viewMoved = false;
        runner.adaptTo(d.dim());
        clearSelection();
        pinned.set(-1);
        hovered.set(-1);
        reproject(true);
    }

    /**
     * New codes for the same samples (during training). Linear projections follow at once and the
     * frame stays where it is, so points move without the picture jumping; a t-SNE or UMAP layout
     * is kept until recomputed, since it would take seconds.
     */
    public void updateCodes(float[] codes) {
        EmbeddingData d = data.get();
        data.set(d.withCodes(codes));
        if (runner.methodProperty().get().isLinear()) {
            // Follow the codes as they spread out, unless the user has framed a region to watch.
            reproject(!viewMoved);
        } else {
            runner.noteStale();
        }
    }

    /** Recomputes the projection with the current method, axes and subsample size. */
    public void reproject(boolean refit) {
        EmbeddingData d = data.get();
        if (d == null) {
            return;
        }
        runner.run(d, p -> apply(p, refit));
    }

    private void apply(Projected p, boolean refit) {
        EmbeddingData d = data.get();
        projected.set(p);
        xy = p.points();
        plottedLabels = new int[p.size()];
        for (int k = 0; k < plottedLabels.length; k++) {
            plottedLabels[k] = d.labels()[p.indices()[k]];
        }
        fitPending |= refit;
        rebuildSelectedPlotted();
        bump();
    }

    /** Called by the view with its size; the first size after new data frames the points. */
    public void setViewport(double w, double h) {
        boolean changed = w != width || h != height;
        width = w;
        height = h;
        if (changed) {
            bump();
        }
    }

    /** Frames all plotted points again. */
    public void fit() {
        viewMoved = false;
        fitPending = true;
        bump();
    }

    /** Draws the current state into {@code raster}; framing first when a fit is pending. */
    public void render(ScatterRaster raster) {
        if (fitPending && xy.length > 0 && width > 0) {
            transform.fit(xy, width, height, 12);
            fitPending = false;
        }
        // Fewer points get bigger dots, so a live subset is as easy to read as the full set.
        int dot = plottedLabels.length > 20_000 ? 2 : plottedLabels.length > 3_000 ? 3 : 5;
        raster.draw(xy, plottedLabels, hidden, selectedPlotted, transform, dot);
    }

    public void pan(double dx, double dy) {
        viewMoved = true;
        transform.pan(dx, dy);
        bump();
    }

    public void zoom(double factor, double sx, double sy) {
        viewMoved = true;
        transform.zoomAt(factor, sx, sy);
        bump();
    }

    public boolean isHidden(int label) {
        return hidden.get(label);
    }

    /** Shows or hides one class (the legend's toggles). */
    public void setHidden(int label, boolean hide) {
        hidden.set(label, hide);
        bump();
    }

    /** Sample index of the visible point nearest to (sx, sy) within {@code radius} pixels, or -1. */
    public int pick(double sx, double sy, double radius) {
        int best = -1;
        double bestD = radius * radius;
        for (int k = 0; k < plottedLabels.length; k++) {
            if (hidden.get(plottedLabels[k])) {
                continue;
            }
            double dx = transform.toScreenX(xy[2 * k]) - sx;
            double dy = transform.toScreenY(xy[2 * k + 1]) - sy;
            double dd = dx * dx + dy * dy;
            if (dd <= bestD) {
                bestD = dd;
                best = k;
            }
        }
        return best < 0 ? -1 : projected.get().indices()[best];
    }

    public void hover(int sample) {
        hovered.set(sample);
    }

    /** Pins a sample (or unpins with -1): it stays shown in the side card. */
    public void pin(int sample) {
        pinned.set(sample);
    }

    /** Selects the visible points inside the screen box between two corners. */
    public void selectBox(double sx0, double sy0, double sx1, double sy1) {
        select(Selection.inBox(xy, transform.toDataX(sx0), transform.toDataY(sy0),
                transform.toDataX(sx1), transform.toDataY(sy1)));
    }

    /** Selects the visible points inside a lasso drawn on screen (x,y interleaved). */
    public void selectLasso(double[] screenPolygon) {
        double[] poly = new double[screenPolygon.length];
        for (int k = 0; k + 1 < poly.length; k += 2) {
            poly[k] = transform.toDataX(screenPolygon[k]);
            poly[k + 1] = transform.toDataY(screenPolygon[k + 1]);
        }
        select(Selection.inLasso(xy, poly));
    }

    public void clearSelection() {
        selection.set(new int[0]);
        selectedPlotted.clear();
        bump();
    }

    private void select(int[] plotted) {
        int[] samples = new int[plotted.length];
        int n = 0;
        for (int k : plotted) {
            if (!hidden.get(plottedLabels[k])) {
                samples[n++] = projected.get().indices()[k];
            }
        }
        selection.set(java.util.Arrays.copyOf(samples, n));
        rebuildSelectedPlotted();
        bump();
    }

    private void rebuildSelectedPlotted() {
        selectedPlotted.clear();
        Projected p = projected.get();
        if (p == null) {
            return;
        }
        BitSet chosen = new BitSet();
        for (int s : selection.get()) {
            chosen.set(s);
        }
        for (int k = 0; k < p.size(); k++) {
            if (chosen.get(p.indices()[k])) {
                selectedPlotted.set(k);
            }
        }
    }

    /** Screen position of a code, or null when the projection cannot place new codes. */
    public double[] screenOf(float[] code) {
        Projected p = projected.get();
        if (code == null || p == null || p.linear() == null || code.length != p.linear().dim()) {
            return null;
        }
        float[] q = p.linear().project(code);
        return new double[] {transform.toScreenX(q[0]), transform.toScreenY(q[1])};
    }

    /**
     * Where the marker is drawn: at its code when that lies on the plot, else {@code margin}
     * pixels inside the plot's edge toward the code, flagged as off the plot. Null when the projection cannot place the code.
     */
    public MarkerSpot markerSpot(double margin) {
        double[] s = screenOf(marker.get());
        if (s == null) {
            return null;
        }
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

    /**
     * The marker's place on screen.
     *
     * @param offPlot the code lies beyond the plot's frame; (x, y) is on the edge toward it
     * @param angle direction from the plot's centre to the code, in degrees (screen y down)
     */
    public record MarkerSpot(double x, double y, boolean offPlot, double angle) {
    }

    /** The code that lands at screen (sx, sy), equal to {@code code} off the plot's plane; null if not linear. */
    public float[] codeAt(float[] code, double sx, double sy) {
        Projected p = projected.get();
        if (code == null || p == null || p.linear() == null || code.length != p.linear().dim()) {
            return null;
        }
        return p.linear().moveTo(code, new float[] {(float) transform.toDataX(sx), (float) transform.toDataY(sy)});
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }
}
