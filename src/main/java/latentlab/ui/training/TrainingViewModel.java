package latentlab.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.train.checkpoint.EpochMetrics;
import latentlab.train.RunPlanner;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingRun;
import latentlab.train.TrainingService;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.CheckpointLock;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.ui.common.BackgroundExecutor;

/**
 * Drives training from the window: Train, Pause, Resume, Stop, and checkpoints; turns the
 * service's events into state the views bind to.
 *
 * <p>Events arrive on the training thread and queue up; the UI thread drains the queue in one
 * go, with at most one drain pending, so a burst of events costs one UI update.
 */
public final class TrainingViewModel {
    /** The one model the window trains; events name it. */
    public static final String SESSION = "model";

    /** What the Train, Pause and Stop controls may do. */
    public enum State { IDLE, RUNNING, PAUSED, STOPPING }

    private final TrainingService service;
    private final BackgroundExecutor executor;
    private final Path runsDir;
    private final ConcurrentLinkedQueue<TrainingEvent> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready to train");
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ObservableList<EpochMetrics> history = FXCollections.observableArrayList();
    /** One read-only view, kept: a wrapper listens to the list weakly, so a fresh one per call loses listeners. */
    private final ObservableList<EpochMetrics> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyObjectWrapper<TrainingEvent.BatchLosses> lastBatch = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingEvent.Reconstructions> reconstructions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingEvent.Embedding> embedding = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainedModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();

    private static final long SNAPSHOT_INTERVAL_NANOS = 500_000_000L;
    private long lastPublished;
    private TrainingRun run;
    private ModelSpec runSpec;
    private String runDataset;
    private Path lastCheckpoint;
    private Checkpoint opened;
    private int epochsPlanned;

    public TrainingViewModel(TrainingService service, BackgroundExecutor executor, Path runsDir) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.runsDir = runsDir;
    }

    /** Starts training {@code spec} on {@code data}; continues the opened checkpoint if it is the same model. */
    public void train(DataSplit data, ModelSpec spec, TrainingSettings settings) {
        if (state.get() != State.IDLE) {
            return;
        }
        // The window's settings are the user's: its batch size and learning rate, not a checkpoint's.
        RunPlanner.Request request = new RunPlanner.Request(spec, data, settings.epochs(), settings.batchSize(),
                settings.learningRate(), settings.seed());
        try {
            spec = RunPlanner.fit(spec, data.train());
            Path dir = runsDir.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                    + "-" + spec.kind().cliName() + "-" + spec.latentDim() + "d");
            Files.createDirectories(dir.getParent());
            boolean resume = opened != null && RunPlanner.resumeProblems(request, opened).isEmpty();
            TrainingPlan plan = resume ? RunPlanner.resume(SESSION, request, opened, dir)
                    : RunPlanner.fresh(SESSION, request, dir);
            runSpec = spec;
            runDataset = data.sourceId();
            epochsPlanned = settings.epochs();
            if (!resume) {
                history.clear();
            }
            learningRate.set(settings.learningRate());
            state.set(State.RUNNING);
            status.set((resume ? "Resuming " : "Training ") + spec.kind().displayName() + " on " + data.sourceId());
            run = service.start(plan, this::onEvent);
        } catch (RunPlanner.Refused e) {
            error.set(RunTexts.sentence(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            state.set(State.IDLE);
            error.set("Training could not start: " + RunTexts.describe(e));
        }
    }

    public void pause() {
        if (state.get() == State.RUNNING) {
            run.pause();
        }
    }

    public void resume() {
        if (state.get() == State.PAUSED) {
            run.resume();
        }
    }

    /** Pause when running, resume when paused. */
    public void togglePause() {
        if (state.get() == State.PAUSED) {
            resume();
        } else {
            pause();
        }
    }

    /** Stops the run; the unfinished epoch is dropped and finished checkpoints stay. */
    public void stop() {
        if (state.get() == State.RUNNING || state.get() == State.PAUSED) {
            state.set(State.STOPPING);
            status.set("Stopping at the next batch...");
            run.stop();
        }
    }

    /** A new learning rate for the epochs that start from now on. */
    public void changeLearningRate(double rate) {
        if (run != null && (state.get() == State.RUNNING || state.get() == State.PAUSED)) {
            run.setLearningRate(rate);
        }
    }

    /** Loads a checkpoint in the background; {@code onLoaded} gets its spec on the UI thread. */
    public void openCheckpoint(Path dir, java.util.function.Consumer<ModelSpec> onLoaded) {
        executor.submit(() -> Checkpoints.load(dir), cp -> {
            opened = cp;
            lastCheckpoint = dir;
            lastBatch.set(null);
            reconstructions.set(null);
            embedding.set(null);
            progress.set(0);
            epochText.set("Epoch " + cp.info().epoch());
            etaText.set("");
            history.setAll(cp.info().history());
            model.set(new TrainedModel(cp.info().spec(), cp.parameters(), cp.info().epoch(), cp.info().datasetId()));
            status.set("Opened " + dir.getFileName() + ": " + cp.info().spec().kind().displayName() + ", epoch "
                    + cp.info().epoch());
            onLoaded.accept(cp.info().spec());
        }, e -> error.set("Could not open the checkpoint " + dir + ": " + RunTexts.describe(e)));
    }

    /** Copies the latest checkpoint to {@code target}, atomically. */
    public void saveCheckpoint(Path target) {
        Path source = lastCheckpoint;
        if (source == null) {
            error.set("There is no checkpoint to save yet: train for at least one epoch.");
            return;
        }
        executor.submit(() -> {
            // The target may be a folder that a run (here or in another process) is writing.
            try (CheckpointLock lock = CheckpointLock.acquire(target)) {
                Checkpoints.save(target, Checkpoints.load(source));
            }
            return target;
        }, t -> status.set("Saved checkpoint to " + t), e -> error.set("Could not save the checkpoint: " + RunTexts.describe(e)));
    }

    /** True once there is a checkpoint that Save can write. */
    public boolean hasCheckpoint() {
        return lastCheckpoint != null;
    }

    private void onEvent(TrainingEvent event) {
        inbox.add(event);
        if (drainPending.compareAndSet(false, true)) {
            executor.onUiThread(this::drain);
        }
    }

    private void drain() {
        drainPending.set(false);
        TrainingEvent e;
        while ((e = inbox.poll()) != null) {
            apply(e);
        }
    }

    private void apply(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started s) {
            epochText.set("Epoch " + (s.firstEpoch() + 1) + " of " + s.epochs());
        } else if (event instanceof TrainingEvent.BatchLosses b) {
            lastBatch.set(b);
            progress.set(b.progress());
            epochText.set(String.format(Locale.ROOT, "Epoch %d of %d, batch %d/%d", b.epoch(), epochsPlanned,
                    b.batch(), b.batchesPerEpoch()));
            etaText.set(Double.isNaN(b.etaSeconds()) ? "" : "ETA " + RunTexts.duration(b.etaSeconds()));
            publishSnapshot(b.epoch() - 1, false);
        } else if (event instanceof TrainingEvent.EpochEnded e) {
            history.add(e.metrics());
            learningRate.set(e.metrics().learningRate());
            publishSnapshot(e.metrics().epoch(), true);
        } else if (event instanceof TrainingEvent.Reconstructions r) {
            reconstructions.set(r);
        } else if (event instanceof TrainingEvent.Embedding m) {
            embedding.set(m);
        } else if (event instanceof TrainingEvent.CheckpointSaved c) {
            lastCheckpoint = Path.of(c.path());
        } else if (event instanceof TrainingEvent.Paused p) {
            state.set(State.PAUSED);
            status.set("Paused in epoch " + p.epoch());
        } else if (event instanceof TrainingEvent.Resumed) {
            state.set(State.RUNNING);
            status.set("Training");
        } else if (event instanceof TrainingEvent.LearningRateChanged l) {
            status.set(String.format(Locale.ROOT, "Learning rate %.3g from epoch %d", l.learningRate(), l.epoch()));
        } else if (event instanceof TrainingEvent.Diverged d) {
            error.set(RunTexts.sentence(d.message()));
            if (d.endsRun()) {
                finish(history.isEmpty() ? "Training stopped: the loss diverged before the first epoch ended;"
                        + " nothing was saved" : "Training stopped: the loss diverged; the checkpoint of epoch "
                        + history.get(history.size() - 1).epoch() + " is kept");
            }
        } else if (event instanceof TrainingEvent.Completed c) {
            finish("Training finished: " + RunTexts.epochs(c.epochs()));
        } else if (event instanceof TrainingEvent.Cancelled c) {
            finish("Training stopped in epoch " + c.epoch() + "; " + (history.isEmpty() ? "no epoch finished, so"
                    + " nothing was saved" : "the checkpoint of epoch " + history.get(history.size() - 1).epoch()
                    + " is kept"));
        } else if (event instanceof TrainingEvent.Failed f) {
            finish("Training failed");
            error.set(f.message());
        }
    }

    /**
     * Hands the latest batch-boundary weights to the views. Within an epoch at most every
     * {@link #SNAPSHOT_INTERVAL_NANOS}: each hand-over rebuilds the decoder's weights on the
     * inference thread, which on a small machine competes with training and drawing.
     */
    private void publishSnapshot(int epoch, boolean now) {
        ParamSnapshot p = run == null ? null : run.latestSnapshot(SESSION);
        TrainedModel current = model.get();
        long t = System.nanoTime();
        if (p == null || (current != null && current.parameters() == p)
                || (!now && t - lastPublished < SNAPSHOT_INTERVAL_NANOS)) {
            return;
        }
        lastPublished = t;
        model.set(new TrainedModel(runSpec, p, epoch, runDataset));
    }

    private void finish(String message) {
        // The last weights first: going idle then embeds the whole data set with them.
        publishSnapshot(history.isEmpty() ? 0 : history.get(history.size() - 1).epoch(), true);
        state.set(State.IDLE);
        status.set(message);
        etaText.set("");
        Path done = lastCheckpoint;
        if (done != null) {
            // Train again with the same settings continues from here.
            executor.submit(() -> Checkpoints.load(done), cp -> opened = cp, e -> opened = null);
        }
    }

    public void clearError() {
        error.set(null);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty epochTextProperty() {
        return epochText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty learningRateProperty() {
        return learningRate.getReadOnlyProperty();
    }

    public ObservableList<EpochMetrics> history() {
        return historyView;
    }

    public ReadOnlyObjectProperty<TrainingEvent.BatchLosses> lastBatchProperty() {
        return lastBatch.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingEvent.Reconstructions> reconstructionsProperty() {
        return reconstructions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingEvent.Embedding> embeddingProperty() {
        return embedding.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainedModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
