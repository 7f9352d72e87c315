package latentlab.ui.anomaly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.apps.AnomalyReport;
import latentlab.latent.apps.ErrorMetric;
import latentlab.latent.apps.Histogram;
import latentlab.latent.apps.ReconstructionErrors;
import latentlab.latent.apps.RocCurve;
import latentlab.ui.common.Computation;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.task.TaskProgress;

/**
 * Anomaly detection by reconstruction error: every validation image is reconstructed on the
 * model's inference thread (progress and cancel), then the histogram of per-pixel MSE, the worst
 * samples with their reconstructions, and, for the chosen normal class, the ROC curve and its AUC.
 */
public final class AnomalyViewModel {
    /** Worst-reconstructed samples shown. */
    public static final int WORST = 12;

    /** One of the worst samples: the image, its reconstruction, its error and class. */
    public record Sample(float[] image, float[] reconstruction, double error, String label) {
    }

    private record Computed(ReconstructionErrors errors, Dataset set, List<Sample> worst) {
    }

    private final TaskExecutor inference;
    private final Supplier<Codec> codec;
    private final Supplier<DataSplit> data;
    private final ReadOnlyObjectWrapper<AnomalyReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Sample>> worst = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> classes = new ReadOnlyObjectWrapper<>(List.of());
    private final Computation computation = new Computation("Press Compute to reconstruct every validation image");
    private final ReadOnlyStringWrapper rocNote = new ReadOnlyStringWrapper("");
    private Computed computed;
    private int side = 28;

    public AnomalyViewModel(TaskExecutor inference, Supplier<Codec> codec, Supplier<DataSplit> data) {
        this.inference = inference;
        this.codec = codec;
        this.data = data;
    }

    /** The ROC of the chosen normal class, or null when the set lacks normal or anomalous samples. */
    public ReadOnlyObjectProperty<AnomalyReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The per-pixel MSE of every validation image. */
    public ReadOnlyObjectProperty<Histogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Sample>> worstProperty() {
        return worst.getReadOnlyProperty();
    }

    /** The classes of the validation set, for the normal-class choice. */
    public ReadOnlyObjectProperty<List<String>> classesProperty() {
        return classes.getReadOnlyProperty();
    }

    /** Whether it runs, its progress, what it does or what went wrong. */
    public Computation computation() {
        return computation;
    }

    /** The AUC and what it means, or why there is no ROC curve. */
    public ReadOnlyStringProperty rocNoteProperty() {
        return rocNote.getReadOnlyProperty();
    }

    /** Side of the images, for the thumbnails. */
    public int side() {
        return side;
    }

    /** Reconstructs the validation set; {@code normalClass} is counted normal in the ROC. */
    public void compute(int normalClass) {
        computation.start(data.get(), split -> p -> reconstruct(split.validation(), p), c -> {
            computed = c;
            side = c.set().cols();
            classes.set(c.set().classNames());
            worst.set(c.worst());
            histogram.set(Histogram.of(c.errors().mse(), AnomalyReport.MAX_BINS));
            computation.say(String.format(java.util.Locale.ROOT, "Mean per-pixel MSE %.4g over %,d validation images."
                    + " %s", c.errors().mean(ErrorMetric.MSE), c.errors().size(),
                    ErrorMetric.MSE.explanation().oneLine()));
            chooseNormal(normalClass);
        }, "The errors could not be computed", inference);
    }

    public void cancel() {
        computation.cancel();
    }

    /** Counts {@code normalClass} as normal and every other class as an anomaly. */
    public void chooseNormal(int normalClass) {
        Computed c = computed;
        if (c == null) {
            return;
        }
        try {
            AnomalyReport r = AnomalyReport.of(c.errors(), c.set().labels(), normalClass, ErrorMetric.MSE, WORST);
            report.set(r);
            rocNote.set(String.format(java.util.Locale.ROOT, "AUC %.3f, normal class %s (%d samples) against %d"
                    + " anomalies. %s", r.roc().auc(), c.set().classNames().get(normalClass), r.roc().negatives(),
                    r.roc().positives(), RocCurve.AUC.meaning()));
        } catch (IllegalArgumentException e) {
            report.set(null);
            rocNote.set("No ROC curve: " + e.getMessage());
        }
    }

    private Computed reconstruct(Dataset set, TaskProgress p) {
        Codec c = codec.get();
        if (c == null) {
            throw new IllegalStateException("No model is loaded: train or open one first");
        }
        p.update(-1, "Reconstructing " + set.size() + " validation images");
        ReconstructionErrors errors = ReconstructionErrors.of(c, set);
        if (p.isCancelled()) {
            return null;
        }
        int[] idx = errors.worst(ErrorMetric.MSE, WORST);
        int px = set.pixelsPerImage();
        float[] images = new float[idx.length * px];
        for (int k = 0; k < idx.length; k++) {
            System.arraycopy(set.pixels(), idx[k] * px, images, k * px, px);
        }
        int[] labels = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            labels[k] = set.labels()[idx[k]];
        }
        float[] rec = c.reconstruct(images, labels);
        List<Sample> out = new ArrayList<>();
        for (int k = 0; k < idx.length; k++) {
            out.add(new Sample(Arrays.copyOfRange(images, k * px, (k + 1) * px),
                    Arrays.copyOfRange(rec, k * px, (k + 1) * px), errors.mse()[idx[k]],
                    set.classNames().get(labels[k])));
        }
        return new Computed(errors, set, List.copyOf(out));
    }
}
