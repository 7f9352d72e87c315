package latentlab.ui.plot;

import java.util.Arrays;
import java.util.BitSet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import latentlab.latent.Selection;

/**
 * What the user has chosen on a scatter: hidden classes, the selected samples (box or lasso),
 * the hovered and the pinned sample. Gestures arrive in screen coordinates and are turned into
 * samples through the plot's transform, so all of it is tested without a window.
 */
public final class ScatterSelection {

    static final String NOTHING_CHOSEN = "No selection: click a point to pin it, shift-drag to select";

    private final ViewTransform transform;
    private final Runnable changed;
    private final BitSet hidden = new BitSet();
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(new int[0]);
    private final BitSet selectedPlotted = new BitSet();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper pinned = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(NOTHING_CHOSEN);
    private Plotted plotted = Plotted.NONE;

    /** @param changed called when the picture must be redrawn */
    ScatterSelection(ViewTransform transform, Runnable changed) {
        this.transform = transform;
        this.changed = changed;
        selection.addListener((o, a, b) -> describe());
        pinned.addListener((o, a, b) -> describe());
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

    /** What is selected and pinned, in words: "4 selected", "Sample #8 pinned", or how to choose. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private void describe() {
        int n = selection.get().length;
        int pin = pinned.get();
        String pinText = "sample #" + pin + " pinned";
        if (n > 0) {
            text.set(n + " selected" + (pin >= 0 ? ", " + pinText : ""));
        } else if (pin >= 0) {
            text.set("S" + pinText.substring(1) + " (click empty space to unpin)");
        } else {
            text.set(NOTHING_CHOSEN);
        }
    }

    /** New points on the plot: the selection keeps its samples wherever they now are. */
    void setPlotted(Plotted p) {
        plotted = p;
        rebuildSelectedPlotted();
    }

    /** Everything forgotten, for a new set of samples. */
    void reset() {
        clearSelection();
        pinned.set(-1);
        hovered.set(-1);
    }

    BitSet hidden() {
        return hidden;
    }

    /** Plotted points that are selected (drawn outlined, on top). */
    BitSet selectedPlotted() {
        return selectedPlotted;
    }

    public boolean isHidden(int label) {
        return hidden.get(label);
    }

    /** Shows or hides one class (the legend's toggles). */
    public void setHidden(int label, boolean hide) {
        hidden.set(label, hide);
        changed.run();
    }

    /** Sample index of the visible point nearest to (sx, sy) within {@code radius} pixels, or -1. */
    public int pick(double sx, double sy, double radius) {
        int best = -1;
        double bestD = radius * radius;
        float[] xy = plotted.xy();
        for (int k = 0; k < plotted.size(); k++) {
            if (hidden.get(plotted.labels()[k])) {
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
        return best < 0 ? -1 : plotted.indices()[best];
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
        select(Selection.inBox(plotted.xy(), transform.toDataX(sx0), transform.toDataY(sy0),
                transform.toDataX(sx1), transform.toDataY(sy1)));
    }

    /** Selects the visible points inside a lasso drawn on screen (x,y interleaved). */
    public void selectLasso(double[] screenPolygon) {
        double[] poly = new double[screenPolygon.length];
        for (int k = 0; k + 1 < poly.length; k += 2) {
            poly[k] = transform.toDataX(screenPolygon[k]);
            poly[k + 1] = transform.toDataY(screenPolygon[k + 1]);
        }
        select(Selection.inLasso(plotted.xy(), poly));
    }

    /**
     * Selects these samples, e.g. the selection of a linked plot of the same samples; samples not
     * plotted here stay selected and are outlined once they are. The same selection again changes nothing.
     */
    public void selectSamples(int[] samples) {
        if (Arrays.equals(samples, selection.get())) {
            return;
        }
        selection.set(samples.clone());
        rebuildSelectedPlotted();
        changed.run();
    }

    public void clearSelection() {
        selection.set(new int[0]);
        selectedPlotted.clear();
        changed.run();
    }

    private void select(int[] plottedPoints) {
        int[] samples = new int[plottedPoints.length];
        int n = 0;
        for (int k : plottedPoints) {
            if (!hidden.get(plotted.labels()[k])) {
                samples[n++] = plotted.indices()[k];
            }
        }
        selection.set(Arrays.copyOf(samples, n));
        rebuildSelectedPlotted();
        changed.run();
    }

    private void rebuildSelectedPlotted() {
        selectedPlotted.clear();
        BitSet chosen = new BitSet();
        for (int s : selection.get()) {
            chosen.set(s);
        }
        for (int k = 0; k < plotted.size(); k++) {
            if (chosen.get(plotted.indices()[k])) {
                selectedPlotted.set(k);
            }
        }
    }
}
