package latentlab.ui.embedding;

import java.util.BitSet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import latentlab.latent.EmbeddingData;
import latentlab.latent.Projected;
import latentlab.ui.plot.ProjectionRunner;
import latentlab.ui.task.TaskExecutor;

/**
 * State of the 3D embedding: the codes projected to three coordinates (latent axes for codes of
 * 3, or a 3-component projection), normalised to a unit box, the orbit camera, hidden classes and
 * the hovered sample. Shared by the mesh renderer and the pixel renderer.
 */
public final class Embedding3DViewModel {

    private final ProjectionRunner runner;
    private final ReadOnlyObjectWrapper<EmbeddingData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Projected> projected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final Orbit orbit = new Orbit();
    private final javafx.beans.property.StringProperty samples = new javafx.beans.property.SimpleStringProperty("");
    private final BitSet hidden = new BitSet();
    private float[] unit = new float[0];
    private int[] plottedLabels = new int[0];

    /** @param projections where slow projections run */
    public Embedding3DViewModel(TaskExecutor projections) {
        runner = new ProjectionRunner(3, projections);
        runner.methodProperty().addListener((o, a, b) -> reproject());
    }

    /** Which samples are shown, in words for the legend (e.g. "training + validation"); "" when unknown. */
    public javafx.beans.property.StringProperty samplesProperty() {
        return samples;
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

    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Bumped whenever the picture must be redrawn. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Orbit orbit() {
        return orbit;
    }

    /** Plotted points in the unit box, x,y,z interleaved. */
    public float[] unitPoints() {
        return unit;
    }

    /** The names of the three axes ("z1", "PC2", "t-SNE 3"); "" for an axis that pads a shorter code. */
    public java.util.List<String> axisNames() {
        Projected p = projected.get();
        if (p == null || data.get() == null) {
            return java.util.List.of("", "", "");
        }
        int dim = data.get().dim();
        return java.util.List.of(p.axisName(0, dim), p.axisName(1, dim), p.axisName(2, dim));
    }

    public int[] plottedLabels() {
        return plottedLabels;
    }

    public void setData(EmbeddingData d) {
        data.set(d);
        runner.adaptTo(d.dim());
        hovered.set(-1);
        reproject();
    }

    /** New codes for the same samples; linear projections follow at once. */
    public void updateCodes(float[] codes) {
        data.set(data.get().withCodes(codes));
        if (runner.methodProperty().get().isLinear()) {
            reproject();
        } else {
            runner.noteStale();
        }
    }

    public void reproject() {
        if (data.get() != null) {
            runner.run(data.get(), this::apply);
        }
    }

    private void apply(Projected p) {
        projected.set(p);
        unit = Orbit.normalise(p.points());
        plottedLabels = new int[p.size()];
        for (int k = 0; k < p.size(); k++) {
            plottedLabels[k] = data.get().labels()[p.indices()[k]];
        }
        bump();
    }

    public boolean isHidden(int label) {
        return hidden.get(label);
    }

    public void setHidden(int label, boolean hide) {
        hidden.set(label, hide);
        bump();
    }

    public BitSet hidden() {
        return hidden;
    }

    public void rotate(double dx, double dy) {
        orbit.rotate(dx, dy);
        bump();
    }

    public void zoom(double factor) {
        orbit.zoomBy(factor);
        bump();
    }

    /** Frames every point again (the codes are normalised to a unit box, so the first view does). */
    public void fit() {
        orbit.reset();
        bump();
    }

    /** Hover on plotted point {@code k} (-1: none). */
    public void hoverPlotted(int k) {
        hovered.set(k < 0 || projected.get() == null ? -1 : projected.get().indices()[k]);
    }

    /** A caption for a sample: class and index. */
    public String describe(int sample) {
        EmbeddingData d = data.get();
        return d.classNames().get(d.labels()[sample]) + "  \u00b7  sample #" + sample;
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }
}
