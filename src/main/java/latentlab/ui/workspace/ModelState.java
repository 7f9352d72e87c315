package latentlab.ui.workspace;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingRun;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.EpochMetrics;

/**
 * One model's training as its workspace sees it: the loss history, the latest batch losses, the
 * reconstruction panel, the live codes, and the weights to decode with. Fed on the FX thread, by
 * the session of a run that trains this model or by an opened checkpoint.
 */
public final class ModelState {

    /** Losses of the batches since the previous point, at {@code epoch} (fractional: 2.5 is mid-epoch 3). */
    public record BatchPoint(double epoch, Map<String, Double> losses) {
    }

    /** Weights are handed to the views at most this often within an epoch (see {@link #publish}). */
    private static final long SNAPSHOT_INTERVAL_NANOS = 500_000_000L;

    private final ObservableList<EpochMetrics> history = FXCollections.observableArrayList();
    /** One read-only view, kept: a wrapper listens to the list weakly, so a fresh one per call loses listeners. */
    private final ObservableList<EpochMetrics> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyObjectWrapper<BatchPoint> lastBatch = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingEvent.Reconstructions> reconstructions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingEvent.Embedding> embedding = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainedModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(Double.NaN);
    private String sessionId;
    private ModelSpec runSpec;
    private String runDataset;
    private long lastPublished;
    private Path lastCheckpoint;
    private Checkpoint continuable;

    /**
     * A run starts training this model as session {@code id}.
     *
     * @param resumed whether it continues the history shown (else the history starts afresh)
     */
    public void begin(String id, ModelSpec spec, String datasetId, double rate, boolean resumed) {
        sessionId = id;
        runSpec = spec;
        runDataset = datasetId;
        if (!resumed) {
            history.clear();
        }
        learningRate.set(rate);
        training.set(true);
    }

    /** Takes this model's part of a run's batch losses, and newer weights at most twice a second. */
    public void onBatch(TrainingEvent.BatchLosses b, TrainingRun run) {
        Map<String, Double> losses = b.losses().get(sessionId);
        if (losses != null) {
            lastBatch.set(new BatchPoint(b.epoch() - 1 + (double) b.batch() / b.batchesPerEpoch(), losses));
        }
        publish(run, b.epoch() - 1, false);
    }

    /** An event of this model's session (an epoch's losses, reconstructions, codes, a checkpoint). */
    public void onSessionEvent(TrainingEvent event, TrainingRun run) {
        if (event instanceof TrainingEvent.EpochEnded e) {
            history.add(e.metrics());
            learningRate.set(e.metrics().learningRate());
            publish(run, e.metrics().epoch(), true);
        } else if (event instanceof TrainingEvent.Reconstructions r) {
            reconstructions.set(r);
        } else if (event instanceof TrainingEvent.Embedding m) {
            embedding.set(m);
        } else if (event instanceof TrainingEvent.CheckpointSaved c) {
            lastCheckpoint = Path.of(c.path());
        }
    }

    /** The run ended: the last weights first, so that the views encode the whole data set with them. */
    public void end(TrainingRun run) {
        publish(run, lastEpoch(), true);
        training.set(false);
    }

    /** Shows an opened checkpoint: its history and weights, which Train may continue. */
    public void show(Checkpoint cp, Path dir) {
        continuable = cp;
        lastCheckpoint = dir;
        lastBatch.set(null);
        reconstructions.set(null);
        embedding.set(null);
        history.setAll(cp.info().history());
        model.set(new TrainedModel(cp.info().spec(), cp.parameters(), cp.info().epoch(), cp.info().datasetId()));
    }

    /** The model being trained, or else the one shown; null before either. */
    public ModelSpec spec() {
        TrainedModel m = model.get();
        return training.get() || m == null ? runSpec : m.spec();
    }

    /** The checkpoint a new run may continue (the last one saved, reloaded after a run), or null. */
    public Checkpoint continuable() {
        return continuable;
    }

    public void setContinuable(Checkpoint cp) {
        continuable = cp;
    }

    /** The folder of the newest complete checkpoint, or null before the first epoch. */
    public Path lastCheckpoint() {
        return lastCheckpoint;
    }

    /** The last epoch finished, 0 before the first. */
    public int lastEpoch() {
        return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
    }

    /**
     * Hands the latest batch-boundary weights to the views. Within an epoch at most every
     * {@link #SNAPSHOT_INTERVAL_NANOS}: each hand-over rebuilds the decoder's weights on the
     * inference thread, which on a small machine competes with training and drawing.
     */
    private void publish(TrainingRun run, int epoch, boolean now) {
        ParamSnapshot p = run == null ? null : run.latestSnapshot(sessionId);
        TrainedModel current = model.get();
        long t = System.nanoTime();
        if (p == null || (current != null && current.parameters() == p)
                || (!now && t - lastPublished < SNAPSHOT_INTERVAL_NANOS)) {
            return;
        }
        lastPublished = t;
        model.set(new TrainedModel(runSpec, p, epoch, runDataset));
    }

    public ObservableList<EpochMetrics> history() {
        return historyView;
    }

    public ReadOnlyObjectProperty<BatchPoint> lastBatchProperty() {
        return lastBatch.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingEvent.Reconstructions> reconstructionsProperty() {
        return reconstructions.getReadOnlyProperty();
    }

    /** The codes of the validation subset followed during training. */
    public ReadOnlyObjectProperty<TrainingEvent.Embedding> embeddingProperty() {
        return embedding.getReadOnlyProperty();
    }

    /** The weights to decode with, or null before any. */
    public ReadOnlyObjectProperty<TrainedModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** True while a run trains this model. */
    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    /** The learning rate of the epoch in progress (or the last one). */
    public ReadOnlyDoubleProperty learningRateProperty() {
        return learningRate.getReadOnlyProperty();
    }
}
