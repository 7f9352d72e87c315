package latentlab.ui.plot;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How a scatter frames its points: the size of its viewport, whether a fit is due, and what it
 * fits: the points' own range, or a range given by the caller when the plot is on a shared scale
 * (two models' plots on the same axes). Once the user pans or zooms, new codes keep the frame.
 */
public final class PlotFrame {

    /** Pixels kept between the framed range and the plot's edge. */
    static final double MARGIN = 12;

    private final ViewTransform transform;
    private final ReadOnlyObjectWrapper<DataRange> dataRange = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<DataRange> sharedRange = new SimpleObjectProperty<>();
    private final BooleanProperty sharedScale = new SimpleBooleanProperty();
    private double width;
    private double height;
    private boolean fitPending = true;
    /** The user panned or zoomed since the data came: live updates then keep the frame. */
    private boolean viewMoved;

    /** @param refit called when the frame must be fitted again and redrawn */
    PlotFrame(ViewTransform transform, Runnable refit) {
        this.transform = transform;
        sharedScale.addListener((o, a, b) -> refit.run());
        sharedRange.addListener((o, a, b) -> {
            if (sharedScale.get() && !viewMoved) {
                refit.run();
            }
        });
    }

    /** The range of the plotted points (null before any); what a shared range is made from. */
    public ReadOnlyObjectProperty<DataRange> dataRangeProperty() {
        return dataRange.getReadOnlyProperty();
    }

    /**
     * A range given by the caller (e.g. the union of two models' ranges); framed instead of the
     * points' own while {@link #sharedScaleProperty()} is on. Null: none given.
     */
    public ObjectProperty<DataRange> sharedRangeProperty() {
        return sharedRange;
    }

    /** Whether the plot frames the shared range rather than its own points. */
    public BooleanProperty sharedScaleProperty() {
        return sharedScale;
    }

    /** The range the next fit frames: the shared one when on, else the points' own. */
    public DataRange target() {
        return sharedScale.get() && sharedRange.get() != null ? sharedRange.get() : dataRange.get();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The data coordinates on screen. */
    public DataRange visible() {
        return transform.visible(Math.max(1, width), Math.max(1, height));
    }

    /** Records the viewport's size; true when it changed. */
    boolean setViewport(double w, double h) {
        boolean changed = w != width || h != height;
        width = w;
        height = h;
        return changed;
    }

    /** New points: their range, and a fit when asked for or when the user has not moved the view. */
    void pointsChanged(float[] xy, boolean refit) {
        DataRange r = DataRange.bounds(xy);
        dataRange.set(r == null && xy.length > 0 ? new DataRange(-1, -1, 1, 1) : r);
        fitPending |= refit;
    }

    /** A fit is due at the next draw, and live updates follow the points again. */
    void requestFit() {
        viewMoved = false;
        fitPending = true;
    }

    /** New data: the view follows it until the user moves it. */
    void newData() {
        viewMoved = false;
    }

    boolean viewMoved() {
        return viewMoved;
    }

    void moved() {
        viewMoved = true;
    }

    /** Fits the transform if a fit is due and there is something to frame; called before drawing. */
    void frameIfPending() {
        DataRange r = target();
        if (fitPending && r != null && width > 0) {
            transform.fit(r, width, height, MARGIN);
            fitPending = false;
        }
    }
}
