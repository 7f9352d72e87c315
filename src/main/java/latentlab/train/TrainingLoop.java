package latentlab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import latentlab.data.Dataset;
import latentlab.model.LossTerms;
import latentlab.model.engine.EngineThreads;
import latentlab.model.engine.Engines;
import latentlab.model.engine.NativeHeap;
import latentlab.model.engine.Upload;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.train.checkpoint.EpochMetrics;
import org.slf4j.LoggerFactory;

/**
 * One run, executed on the training thread: every session takes a step on each batch in turn,
 * and after every epoch is validated, shown (panel, embedding) and checkpointed. The batch
 * order and step seeds come from {@link BatchOrder}, so a resumed run repeats the steps of an
 * uninterrupted one.
 */
final class TrainingLoop {
    private final TrainingPlan plan;
    private final ModelFactory factory;
    private final TrainingListener listener;
    private final TrainingRun run;
    /** Runs once the run has finished with the disk, before its end is announced. */
    private final Runnable onFinished;
    private final Dataset train;
    private final Dataset validation;
    private final List<Session> sessions = new ArrayList<>();
    private final EpochProbes probes;
    private final ProgressReporter progress;
    private final BatchLoader loader;
    private double learningRate;
    private int epoch;
    /** How the last divergence showed: "NaN" or "Infinity". */
    private String divergedValue = "NaN";

    TrainingLoop(TrainingPlan plan, ModelFactory factory, TrainingListener listener, TrainingRun run,
            Runnable onFinished) {
        this.plan = plan;
        this.onFinished = onFinished;
        this.factory = factory;
        this.listener = listener;
        this.run = run;
        this.train = plan.data().train();
        this.validation = plan.data().validation();
        this.probes = new EpochProbes(validation, plan.panelSize(), plan.embeddingSize());
        this.progress = new ProgressReporter(plan, run, this::emit);
        this.loader = new BatchLoader(train, plan.batchSize());
        this.learningRate = plan.learningRate();
    }

    void run() {
        TrainingEvent end;
        try (NDManager root = Engines.newManager()) {
            // Grad mode is per thread and on by default; only the gradient collector may switch it on.
            EngineThreads.noGradients();
            end = train(root);
        } catch (InterruptedException e) {
            end = new TrainingEvent.Cancelled(epoch);
        } catch (IOException e) {
            end = new TrainingEvent.Failed(e.getMessage());
        } catch (RuntimeException | Error e) {
            end = new TrainingEvent.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            for (Session s : sessions) {
                try {
                    s.close();
                } catch (RuntimeException ignored) {
                    // The manager's close frees what the model's close did not.
                }
            }
        }
        onFinished.run();
        emit(end);
        run.result.complete(end);
    }

    /** Returns the run's last event, not yet emitted. */
    private TrainingEvent train(NDManager root) throws IOException, InterruptedException {
        for (SessionConfig c : plan.sessions()) {
            sessions.add(new Session(c, root, factory, plan.seed()));
        }
        epoch = plan.firstEpoch();
        emit(new TrainingEvent.Started(sessions.stream().map(Session::id).toList(), epoch + 1, plan.epochs(),
                plan.batchesPerEpoch(), plan.batchSize(), Engines.describe(Engines.device())));
        fitClosedForm(root);
        for (Session s : sessions) {
            probes.show(root, s, epoch, this::emit);
            progress.publish(s);
        }
        progress.runStarted();
        while (epoch < plan.epochs()) {
            Double lr = run.takeLearningRate();
            if (lr != null && lr != learningRate) {
                learningRate = lr;
                emit(new TrainingEvent.LearningRateChanged(epoch + 1, lr));
            }
            TrainingEvent stopped = trainEpoch(root);
            if (stopped != null) {
                return stopped;
            }
            epoch++;
            for (Session s : List.copyOf(active())) {
                TrainingEvent diverged = endEpoch(root, s);
                if (diverged != null) {
                    if (diverged.endsRun()) {
                        return diverged;
                    }
                    emit(diverged);
                }
            }
            // Without this the resident set creeps up epoch after epoch (see NativeHeap).
            NativeHeap.releaseFreePages();
        }
        return new TrainingEvent.Completed(epoch, sessions.stream().filter(s -> s.diverged).map(Session::id).toList());
    }

    private void fitClosedForm(NDManager root) {
        for (Session s : sessions) {
            if (s.closedForm() && s.config.resumeFrom() == null) {
                try (NDManager m = root.newSubManager()) {
                    s.model.fit(Upload.floats(m, train.pixels(), new Shape(train.size(), train.pixelsPerImage())));
                }
            }
        }
    }

    /** One pass over the shuffled training set; returns a terminal event if the run must end. */
    private TrainingEvent trainEpoch(NDManager root) throws InterruptedException {
        int[] order = BatchOrder.ofEpoch(plan.seed(), epoch, train.size());
        progress.epochStarted();
        for (int batch = 0; batch < plan.batchesPerEpoch(); batch++) {
            TrainingEvent stop = checkControls();
            if (stop != null) {
                return stop;
            }
            int n;
            try (NDManager bm = root.newSubManager()) {
                BatchLoader.Batch b = loader.load(bm, order, batch);
                n = b.size();
                for (Session s : active()) {
                    if (!step(s, b, batch)) {
                        boolean last = active().isEmpty();
                        TrainingEvent d = new TrainingEvent.Diverged(s.id(), epoch + 1, learningRate, String.format(
                                "training diverged at epoch %d (learning rate %s): the loss became %s",
                                epoch + 1, learningRate, divergedValue), last);
                        if (last) {
                            return d;
                        }
                        emit(d);
                    }
                }
            }
            progress.batchDone(epoch + 1, batch + 1, n, active());
        }
        return null;
    }

    /** One step of one session; false if its loss is no longer finite. */
    private boolean step(Session s, BatchLoader.Batch b, int batch) {
        // The engine's generator (sampling, noise) depends only on where we are.
        Engine.getInstance().setRandomSeed((int) BatchOrder.mix(plan.seed(), epoch, batch));
        Map<String, Double> terms = s.step(b, epoch, learningRate);
        double total = terms.get(LossTerms.TOTAL);
        if (!Double.isFinite(total)) {
            divergedValue = Double.isNaN(total) ? "NaN" : "Infinity";
            s.diverged = true;
            return false;
        }
        s.epochMeans.add(terms, b.size());
        s.recentMeans.add(terms, b.size());
        return true;
    }

    private TrainingEvent checkControls() throws InterruptedException {
        if (run.stopRequested()) {
            return new TrainingEvent.Cancelled(epoch + 1);
        }
        if (run.isPauseRequested()) {
            active().forEach(progress::publish);
            emit(new TrainingEvent.Paused(epoch + 1));
            run.awaitResume();
            if (run.stopRequested()) {
                return new TrainingEvent.Cancelled(epoch + 1);
            }
            emit(new TrainingEvent.Resumed(epoch + 1));
        }
        return null;
    }

    /**
     * Validates, reports and checkpoints the epoch just trained. Returns a divergence when the
     * last update left weights that give no finite loss: that epoch is not saved, so the
     * checkpoint on disk stays the last good one.
     */
    private TrainingEvent endEpoch(NDManager root, Session s) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Double> losses = Validation.meanLosses(s, validation, root, plan.seed(), epoch);
        Double total = losses.get(LossTerms.TOTAL);
        if (total == null || !Double.isFinite(total)) {
            s.diverged = true;
            return new TrainingEvent.Diverged(s.id(), epoch, learningRate, String.format(
                    "training diverged at epoch %d (learning rate %s): the validation loss became %s",
                    epoch, learningRate, total == null || Double.isNaN(total) ? "NaN" : "Infinity"), active().isEmpty());
        }
        EpochMetrics m = new EpochMetrics(epoch, s.epochMeans.means(), losses, learningRate);
        s.epochMeans.reset();
        s.history.add(m);
        emit(new TrainingEvent.EpochEnded(s.id(), m, (System.nanoTime() - t0) / 1e9));
        probes.show(root, s, epoch, this::emit);
        progress.publish(s);
        if (s.config.checkpointDir() != null) {
            try {
                Checkpoints.save(s.config.checkpointDir(), s.checkpoint(plan.data().sourceId(), plan.seed(), epoch,
                        plan.batchSize(), learningRate));
            } catch (IOException e) {
                throw new IOException("could not write the checkpoint " + s.config.checkpointDir() + ": "
                        + e.getMessage(), e);
            }
            emit(new TrainingEvent.CheckpointSaved(s.id(), epoch, s.config.checkpointDir().toString()));
        }
        return null;
    }

    private List<Session> active() {
        return sessions.stream().filter(s -> !s.diverged).toList();
    }

    private void emit(TrainingEvent e) {
        try {
            listener.onEvent(e);
        } catch (RuntimeException ex) {
            // A faulty listener must not end training; say so once per event.
            LoggerFactory.getLogger(TrainingLoop.class).error("training listener failed on {}", e.getClass().getSimpleName(), ex);
        }
    }
}
