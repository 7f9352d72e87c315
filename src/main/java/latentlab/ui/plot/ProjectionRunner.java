package latentlab.ui.plot;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
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

/**
 * The projection state shared by the 2D and 3D embeddings: which method, which latent axes,
 * how large a subsample, and the background run with its progress. A newer run makes older ones
 * stale; their results are dropped.
 */
public final class ProjectionRunner {

    public static final int DEFAULT_SUBSAMPLE = 3000;

    private final int outDim;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<ProjectionMethod> methods = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectionMethod> method = new SimpleObjectProperty<>(ProjectionMethod.AXES);
    private final IntegerProperty maxSample = new SimpleIntegerProperty(DEFAULT_SUBSAMPLE);
    private final int[] axes;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param background where slow projections run (a worker thread; {@code Runnable::run} in tests)
     * @param fx where results are applied ({@code Platform::runLater}; {@code Runnable::run} in tests)
     */
    public ProjectionRunner(int outDim, Executor background, Executor fx) {
        this.outDim = outDim;
        this.background = background;
        this.fx = fx;
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
        long gen = generation.incrementAndGet();
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
        background.execute(() -> {
            try {
                Projected p = Projections.compute(m, codes, codeDim, outDim, usedAxes, sample, 42,
                        (f, s) -> fx.execute(() -> {
                            if (gen == generation.get()) {
                                progress.set(f);
                                status.set(s);
                            }
                        }),
                        () -> gen != generation.get());
                fx.execute(() -> finish(gen, p, data.size(), onDone));
            } catch (RuntimeException | LinkageError e) {
                fx.execute(() -> fail(gen, m, e));
            }
        });
    }

    private void finish(long gen, Projected p, int setSize, Consumer<Projected> onDone) {
        if (gen != generation.get() || p == null) {
            return;
        }
        busy.set(false);
        progress.set(1);
        status.set(p.isComplete(setSize) ? p.method() + ": all " + setSize + " points"
                : p.method() + ": " + p.size() + " of " + setSize + " points (random subsample)");
        onDone.accept(p);
    }

    private void fail(long gen, ProjectionMethod m, Throwable e) {
        if (gen != generation.get()) {
            return;
        }
        busy.set(false);
        progress.set(1);
        status.set(m + " failed: " + e.getMessage());
    }

    /** Says that the codes moved on since a slow layout was computed. */
    public void noteStale() {
        if (!busy.get()) {
            status.set(method.get() + " shows older codes: Recompute to follow training");
        }
    }

    /** Makes older runs stale (their results are dropped). */
    public void cancel() {
        generation.incrementAndGet();
        busy.set(false);
        progress.set(1);
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
