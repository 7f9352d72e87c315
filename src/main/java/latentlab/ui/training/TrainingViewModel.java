package latentlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.train.ComparisonPlanner;
import latentlab.train.RunPlanner;
import latentlab.train.SessionConfig;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingRun;
import latentlab.train.TrainingService;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.workspace.ModelState;

/**
 * Drives a run from the window: Train, Pause, Resume, Stop and the learning rate, with the run's
 * state, status, epoch, ETA and progress. Each session of the run feeds the {@link ModelState}
 * of its model: one for the single model of the window, one per model side by side.
 *
 * <p>Events arrive on the training thread and queue up; the UI thread drains the queue in one
 * go, with at most one drain pending, so a burst of events costs one UI update.
 */
public final class TrainingViewModel {
    /** The session name of a run that trains one model. */
    public static final String SESSION = "model";

    /** What the Train, Pause and Stop controls may do. */
    public enum State { IDLE, RUNNING, PAUSED, STOPPING }

    private final TrainingService service;
    private final TaskExecutor executor;
    private final Path runsDir;
    private final ConcurrentLinkedQueue<TrainingEvent> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready to train");
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();

    private TrainingRun run;
    /** Hears the event that ends the run in progress, once; null for none. */
    private Consumer<TrainingEvent> onEnd;
    /** The model each session of the run feeds. */
    private RunModels models;
    private int epochsPlanned;

    public TrainingViewModel(TrainingService service, TaskExecutor executor, Path runsDir) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.runsDir = runsDir;
    }

    /**
     * Trains {@code spec} on {@code data} into {@code target}; continues the target's checkpoint
     * when it is the same model. The window's settings are the user's: its batch size and
     * learning rate, not a checkpoint's.
     */
    public void train(DataSplit data, ModelSpec spec, TrainingSettings settings, ModelState target) {
        if (refusedWhileRunning()) {
            return;
        }
        RunPlanner.Request request = new RunPlanner.Request(spec, data, settings.epochs(), settings.batchSize(),
                settings.learningRate(), settings.seed());
        try {
            spec = RunPlanner.fit(spec, data.train());
            Path dir = RunFolders.create(runsDir, spec.kind().cliName() + "-" + spec.latentDim() + "d");
            var opened = target.continuable();
            boolean resume = opened != null && RunPlanner.resumeProblems(request, opened).isEmpty();
            TrainingPlan plan = resume ? RunPlanner.resume(SESSION, request, opened, dir)
                    : RunPlanner.fresh(SESSION, request, dir);
            start(plan, List.of(target));
        } catch (RunPlanner.Refused e) {
            error.set(RunTexts.sentence(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            error.set("Training could not start: " + RunTexts.describe(e));
        }
    }

    /**
     * Comparison mode: trains an autoencoder into {@code ae} and a VAE into {@code vae}, with the
     * hidden layers and latent size of {@code spec}, on the same data, batches and seed, in lockstep.
     *
     * @return whether the run started; when not, the error says why
     */
    public boolean compare(DataSplit data, ModelSpec spec, TrainingSettings settings, ModelState ae, ModelState vae) {
        if (refusedWhileRunning()) {
            return false;
        }
        try {
            Path dir = RunFolders.create(runsDir, "ae-vae-" + spec.latentDim() + "d");
            return start(ComparisonPlanner.aeVersusVae(new RunPlanner.Request(spec, data, settings.epochs(),
                    settings.batchSize(), settings.learningRate(), settings.seed()), dir), List.of(ae, vae), null);
        } catch (RunPlanner.Refused e) {
            error.set(RunTexts.sentence(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            error.set("Training could not start: " + RunTexts.describe(e));
        }
        return false;
    }

    /** True, with the reason as the error, while a run is in progress: the engine trains one run at a time. */
    private boolean refusedWhileRunning() {
        if (state.get() == State.IDLE) {
            return false;
        }
        error.set("A run is in progress (" + status.get() + "): stop it or let it finish first.");
        return true;
    }

    /** Starts {@code plan}, its sessions stepped in lockstep; session {@code i} feeds {@code targets.get(i)}. */
    public void start(TrainingPlan plan, List<ModelState> targets) {
        start(plan, targets, null);
    }

    /**
     * As {@link #start(TrainingPlan, List)}, where no targets means models that feed no workspace
     * (a sweep); {@code ended} (null: none) gets the event that ends the run, on the UI thread.
     *
     * @return false when a run is in progress or this one could not start (said as an error)
     */
    public boolean start(TrainingPlan plan, List<ModelState> targets, Consumer<TrainingEvent> ended) {
        if (refusedWhileRunning()) {
            return false;
        }
        RunModels.checkSizes(plan, targets);
        onEnd = ended;
        try {
            run = service.start(plan, this::onEvent);
        } catch (IOException | RuntimeException e) {
            error.set("Training could not start: " + RunTexts.describe(e));
            return false;
        }
        models = new RunModels(plan, targets, run);
        epochsPlanned = plan.epochs();
        learningRate.set(plan.learningRate());
        state.set(State.RUNNING);
        SessionConfig first = plan.sessions().get(0);
        status.set((first.resumeFrom() != null ? "Resuming " : "Training ")
                + (plan.sessions().size() == 1 ? first.spec().kind().displayName() : plan.sessions().size() + " models")
                + " on " + plan.data().sourceId());
        return true;
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

    /** An opened checkpoint of {@code epoch} epochs: the run's readouts show it, not an old run. */
    void showOpened(String what, int epoch) {
        progress.set(0);
        epochText.set("Epoch " + epoch);
        etaText.set("");
        status.set(what);
    }

    void report(String message) {
        status.set(message);
    }

    void reportError(String message) {
        error.set(message);
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
        models.route(event);
        if (event instanceof TrainingEvent.Started s) {
            epochText.set("Epoch " + (s.firstEpoch() + 1) + " of " + s.epochs());
        } else if (event instanceof TrainingEvent.BatchLosses b) {
            progress.set(b.progress());
            epochText.set(String.format(Locale.ROOT, "Epoch %d of %d, batch %d/%d", b.epoch(), epochsPlanned,
                    b.batch(), b.batchesPerEpoch()));
            etaText.set(Double.isNaN(b.etaSeconds()) ? "" : "ETA " + RunTexts.duration(b.etaSeconds()));
        } else if (event instanceof TrainingEvent.EpochEnded e) {
            learningRate.set(e.metrics().learningRate());
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
                finish(RunTexts.diverged(models.kept(d.sessionId())), d);
            }
        } else if (event instanceof TrainingEvent.Completed c) {
            finish("Training finished: " + RunTexts.epochs(c.epochs()), c);
        } else if (event instanceof TrainingEvent.Cancelled c) {
            finish(RunTexts.cancelled(c.epoch(), models.kept(null)), c);
        } else if (event instanceof TrainingEvent.Failed f) {
            error.set(f.message());
            finish("Training failed", f);
        }
    }

    private void finish(String message, TrainingEvent end) {
        // Each model's last weights first: going idle then embeds the whole data set with them.
        models.end(executor);
        state.set(State.IDLE);
        status.set(message);
        etaText.set("");
        Consumer<TrainingEvent> ended = onEnd;
        onEnd = null;
        if (ended != null) {
            ended.accept(end);
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

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
