package latentlab.ui.plot;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import latentlab.latent.EmbeddingData;
import latentlab.latent.Projected;
import latentlab.latent.ProjectionMethod;
import latentlab.latent.Projections;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.task.TaskHandle;

/**
 * The projection state shared by the 2D and 3D embeddings: which method, which latent axes,
 * how large a subsample, and the background run with its progress. A newer run cancels the
 * older one; nothing of it is shown.
 */
public final class ProjectionRunner {

    public static final int DEFAULT_SUBSAMPLE = 3000;

    private final int outDim;
    private final TaskExecutor projections;
    private final ObservableList<ProjectionMethod> methods = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectionMethod> method = new SimpleObjectProperty<>(ProjectionMethod.AXES);
    private final IntegerProperty maxSample = new SimpleIntegerProperty(DEFAULT_SUBSAMPLE);
    private final int[] axes;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The background run in progress, if any. */
    private TaskHandle current;

    /** @param projections where slow projections run (a same-thread executor in tests) */
    public ProjectionRunner(int outDim, TaskExecutor projections) {
        this.outDim = outDim;
        this.projections = projections;
        this.axes = new int[outDim];
        for (int k = 0; k < outDim; k++) {
            axes[k] = k;
        }
    }

    public int outDim() {
        return outDim;
    }

    /** Methods offered for the current code size. */
    public ObservableList<ProjectionMethod> methods() {
        return methods;
    }

    public ObjectProperty<ProjectionMethod> methodProperty() {
        return method;
    }

    public IntegerProperty maxSampleProperty() {
        return maxSample;
    }

    /** The latent dimension shown on plot axis {@code k} by the latent-axes method. */
    public int axis(int k) {
        return axes[k];
    }

    public void setAxis(int k, int latentDim) {
        axes[k] = latentDim;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Offers the methods that fit codes of {@code dim}, keeping the chosen one when it still fits. */
    public void adaptTo(int dim) {
        var choices = ProjectionMethod.choicesFor(dim, outDim);
        if (!methods.equals(choices)) {
            methods.setAll(choices);
        }
        if (!choices.contains(method.get())) {
            method.set(ProjectionMethod.AXES);
        }
        for (int k = 0; k < outDim; k++) {
            if (axes[k] >= dim) {
                axes[k] = Math.min(k, dim - 1);
            }
        }
    }

    /** No background projection is running (a newer request replaced it, or none was needed). */
    private void idle() {
        busy.set(false);
        progress.set(1);
    }

    /** Projects {@code data} with the chosen method and hands the result to {@code onDone} on the FX side. */
    public void run(EmbeddingData data, Consumer<Projected> onDone) {
        stopCurrent();
        ProjectionMethod m = method.get();
        var reason = m.unavailableReason();
        if (reason.isPresent()) {
            idle();
            status.set(m + " unavailable: " + reason.get());
            return;
        }
        int dim = data.dim();
        int[] usedAxes = Arrays.copyOf(axes, outDim);
        boolean padded = dim < outDim;
        float[] codes = padded ? pad(data.codes(), dim, outDim) : data.codes();
        int codeDim = Math.max(dim, outDim);
        if (padded) {
            for (int k = 0; k < outDim; k++) {
                usedAxes[k] = k;
            }
        }
        for (int a : usedAxes) {
            if (a >= codeDim) {
                idle();
                status.set("There is no z" + (a + 1) + ": codes have " + dim + " dimensions");
                return;
            }
        }
        if (m == ProjectionMethod.AXES) {
            idle();
            // Cheap enough for the calling thread, which keeps live updates free of flicker.
            onDone.accept(Projections.compute(m, codes, codeDim, outDim, usedAxes, 0, 0, (f, s) -> { }, () -> false));
            status.set(padded ? "Codes have " + dim + " dimensions: the extra axis is 0" : "");
            return;
        }
        busy.set(true);
        progress.set(-1);
        status.set(m.isSubsampled() ? m + " on " + Math.min(data.size(), maxSample.get()) + " of " + data.size()
                + " points\u2026" : m + "\u2026");
        int sample = maxSample.get();
        current = BackgroundTask.withProgress(task -> Projections.compute(m, codes, codeDim, outDim, usedAxes, sample,
                        42, task::update, task::isCancelled))
                .onProgress((f, s) -> {
                    progress.set(f);
                    status.set(s);
                })
                .onSuccess(p -> finish(p, data.size(), onDone))
                .onFailure(e -> fail(m, e))
                .executeWith(projections);
    }

    private void finish(Projected p, int setSize, Consumer<Projected> onDone) {
        current = null;
        busy.set(false);
        progress.set(1);
        status.set(p.isComplete(setSize) ? p.method() + ": all " + setSize + " points"
                : p.method() + ": " + p.size() + " of " + setSize + " points (random subsample)");
        onDone.accept(p);
    }

    private void fail(ProjectionMethod m, Throwable e) {
        current = null;
        busy.set(false);
        progress.set(1);
        Throwable cause = e.getCause() instanceof LinkageError l ? l : e;
        status.set(m + " failed: " + cause.getMessage());
    }

    /** Says that the codes moved on since a slow layout was computed. */
    public void noteStale() {
        if (!busy.get()) {
            status.set(method.get() + " shows older codes: Recompute to follow training");
        }
    }

    /** Cancels the run in progress; nothing of it is shown. */
    public void cancel() {
        stopCurrent();
        busy.set(false);
        progress.set(1);
    }

    private void stopCurrent() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    private static float[] pad(float[] codes, int dim, int to) {
        int n = codes.length / dim;
        float[] out = new float[n * to];
        for (int i = 0; i < n; i++) {
            System.arraycopy(codes, i * dim, out, i * to, dim);
        }
        return out;
    }
}
