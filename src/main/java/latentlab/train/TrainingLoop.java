package latentlab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import latentlab.data.Dataset;
import latentlab.model.LossTerms;
import latentlab.model.StepContext;
import latentlab.model.engine.Engines;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.model.engine.Upload;
import org.slf4j.LoggerFactory;

/**
 * One run, executed on the training thread: every session takes a step on each batch in turn,
 * and after every epoch is validated, shown (panel, embedding) and checkpointed.
 *
 * <p>Determinism: the shuffle of each epoch and the engine's generator before each step derive
 * from (seed, epoch, batch) alone, so a run resumed from a checkpoint takes exactly the steps the
 * uninterrupted run would have taken, whatever other models train beside it.
 */
final class TrainingLoop {
    static final long BATCH_EVENT_INTERVAL_MS = 50;
    static final long SNAPSHOT_INTERVAL_MS = 150;
    private static final int EVAL_BATCH = 500;

    private final TrainingPlan plan;
    private final ModelFactory factory;
    private final TrainingListener listener;
    private final TrainingRun run;
    /** Runs once the run has finished with the disk, before its end is announced. */
    private final Runnable onFinished;
    private final Dataset train;
    private final Dataset validation;
    private final List<Session> sessions = new ArrayList<>();
    private final int[] panel;
    private final int[] embedding;
    private double learningRate;
    private long lastBatchEvent;
    private long lastSnapshot;
    private long startNanos;
    private long batchesDone;
    private int epoch;
    /** How the last divergence showed: "NaN" or "Infinity". */
    private String divergedValue = "NaN";
    /** The batch's pixels on their way to the engine: one direct buffer reused, not one per batch. */
    private ByteBuffer pixelBuffer;

    TrainingLoop(TrainingPlan plan, ModelFactory factory, TrainingListener listener, TrainingRun run,
            Runnable onFinished) {
        this.plan = plan;
        this.onFinished = onFinished;
        this.factory = factory;
        this.listener = listener;
        this.run = run;
        this.train = plan.data().train();
        this.validation = plan.data().validation();
        this.panel = panelIndices(validation, plan.panelSize());
        this.embedding = spread(validation.size(), plan.embeddingSize());
        this.learningRate = plan.learningRate();
    }

    void run() {
        TrainingEvent end;
        try (NDManager root = Engines.newManager()) {
            // Grad mode is per thread and on by default; only the gradient collector may switch it on.
            JniUtils.setGradMode(false);
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
            showEpoch(root, s);
            publishSnapshot(s);
        }
        startNanos = System.nanoTime();
        lastSnapshot = System.currentTimeMillis();
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
        int[] order = permutation(train.size(), new Random(mix(plan.seed(), epoch, -1)));
        int b = plan.batchSize();
        int batches = plan.batchesPerEpoch();
        int p = train.pixelsPerImage();
        float[] full = new float[b * p];
        int[] idx = new int[b];
        long epochStart = System.nanoTime();
        for (int batch = 0; batch < batches; batch++) {
            TrainingEvent stop = checkControls();
            if (stop != null) {
                return stop;
            }
            int n = Math.min(b, order.length - batch * b);
            int[] ids = n == b ? idx : new int[n];
            System.arraycopy(order, batch * b, ids, 0, n);
            float[] px = n == b ? full : new float[n * p];
            train.gather(ids, px);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = train.label(ids[i]);
            }
            try (NDManager bm = root.newSubManager()) {
                NDArray x = Upload.floats(bm, batchBuffer(px, n * p), new Shape(n, p));
                NDArray y = Upload.ints(bm, labels);
                for (Session s : active()) {
                    if (!step(s, x, y, batch, n)) {
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
            batchesDone++;
            maybeEmitBatch(batch + 1, batches, n, epochStart);
            maybePublishSnapshots();
        }
        return null;
    }

    /**
     * {@code px[0..count)} in a direct buffer the engine copies from. Handing the engine a float[]
     * would allocate a fresh direct buffer per batch, freed only when the Java heap is collected.
     */
    private ByteBuffer batchBuffer(float[] px, int count) {
        if (pixelBuffer == null || pixelBuffer.capacity() < count * 4) {
            pixelBuffer = ByteBuffer.allocateDirect(count * 4).order(ByteOrder.nativeOrder());
        }
        pixelBuffer.clear();
        pixelBuffer.asFloatBuffer().put(px, 0, count);
        pixelBuffer.limit(count * 4);
        return pixelBuffer;
    }

    /** One step of one session; false if its loss is no longer finite. */
    private boolean step(Session s, NDArray x, NDArray y, int batch, int n) {
        // The engine's generator (sampling, noise) depends only on where we are.
        Engine.getInstance().setRandomSeed((int) mix(plan.seed(), epoch, batch));
        Map<String, Double> terms;
        if (s.closedForm()) {
            terms = s.model.loss(x, y, new StepContext(epoch, s.step, false)).toDoubles();
        } else {
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                LossTerms loss = s.model.loss(x, y, new StepContext(epoch, s.step, true));
                terms = loss.toDoubles();
                double total = terms.get(LossTerms.TOTAL);
                if (!Double.isFinite(total)) {
                    divergedValue = Double.isNaN(total) ? "NaN" : "Infinity";
                    s.diverged = true;
                    return false;
                }
                gc.backward(loss.total());
            }
            s.adam.step(s.model.parameters(), learningRate);
        }
        s.step++;
        s.epochMeans.add(terms, n);
        s.recentMeans.add(terms, n);
        return true;
    }

    private TrainingEvent checkControls() throws InterruptedException {
        if (run.stopRequested()) {
            return new TrainingEvent.Cancelled(epoch + 1);
        }
        if (run.isPauseRequested()) {
            for (Session s : active()) {
                publishSnapshot(s);
            }
            emit(new TrainingEvent.Paused(epoch + 1));
            run.awaitResume();
            if (run.stopRequested()) {
                return new TrainingEvent.Cancelled(epoch + 1);
            }
            emit(new TrainingEvent.Resumed(epoch + 1));
        }
        return null;
    }

    private void maybeEmitBatch(int batch, int batches, int n, long epochStart) {
        long now = System.currentTimeMillis();
        if (now - lastBatchEvent < BATCH_EVENT_INTERVAL_MS && batch < batches) {
            return;
        }
        lastBatchEvent = now;
        Map<String, Map<String, Double>> losses = new LinkedHashMap<>();
        for (Session s : active()) {
            if (!s.recentMeans.isEmpty()) {
                losses.put(s.id(), s.recentMeans.means());
                s.recentMeans.reset();
            }
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long total = (long) (plan.epochs() - plan.firstEpoch()) * batches;
        double progress = (double) batchesDone / total;
        double eta = batchesDone == 0 ? Double.NaN : elapsed / batchesDone * (total - batchesDone);
        double epochSeconds = (System.nanoTime() - epochStart) / 1e9;
        double samples = (double) (batch - 1) * plan.batchSize() + n;
        emit(new TrainingEvent.BatchLosses(epoch + 1, batch, batches, batchesDone, losses,
                epochSeconds > 0 ? samples / epochSeconds : Double.NaN, Math.min(1, progress), eta));
    }

    private void maybePublishSnapshots() {
        long now = System.currentTimeMillis();
        if (run.takeSnapshotRequest() || now - lastSnapshot >= SNAPSHOT_INTERVAL_MS) {
            lastSnapshot = now;
            for (Session s : active()) {
                publishSnapshot(s);
            }
        }
    }

    private void publishSnapshot(Session s) {
        run.publish(s.id(), s.model.snapshot());
    }

    /**
     * Validates, reports and checkpoints the epoch just trained. Returns a divergence when the
     * last update left weights that give no finite loss: that epoch is not saved, so the
     * checkpoint on disk stays the last good one.
     */
    private TrainingEvent endEpoch(NDManager root, Session s) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Double> validation = validate(root, s);
        Double total = validation.get(LossTerms.TOTAL);
        if (total == null || !Double.isFinite(total)) {
            s.diverged = true;
            return new TrainingEvent.Diverged(s.id(), epoch, learningRate, String.format(
                    "training diverged at epoch %d (learning rate %s): the validation loss became %s",
                    epoch, learningRate, total == null || Double.isNaN(total) ? "NaN" : "Infinity"), active().isEmpty());
        }
        EpochMetrics m = new EpochMetrics(epoch, s.epochMeans.means(), validation, learningRate);
        s.epochMeans.reset();
        s.history.add(m);
        emit(new TrainingEvent.EpochEnded(s.id(), m, (System.nanoTime() - t0) / 1e9));
        showEpoch(root, s);
        publishSnapshot(s);
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

    /**
     * Mean loss terms over the whole validation set, deterministic: no sampling, and the same
     * corruption noise every epoch for denoising models (seeded per validation batch).
     */
    private Map<String, Double> validate(NDManager root, Session s) {
        LossMeans means = new LossMeans();
        int p = validation.pixelsPerImage();
        for (int start = 0; start < validation.size(); start += EVAL_BATCH) {
            int n = Math.min(EVAL_BATCH, validation.size() - start);
            float[] px = new float[n * p];
            System.arraycopy(validation.pixels(), start * p, px, 0, px.length);
            int[] labels = new int[n];
            System.arraycopy(validation.labels(), start, labels, 0, n);
            Engine.getInstance().setRandomSeed((int) mix(plan.seed(), -1, start));
            try (NDManager m = root.newSubManager()) {
                means.add(s.model.loss(Upload.floats(m, px, new Shape(n, p)), Upload.ints(m, labels),
                        new StepContext(Math.max(0, epoch - 1), s.step, false)).toDoubles(), n);
            }
        }
        return means.means();
    }

    /** The reconstruction panel and the embedding codes of the session as it is now. */
    private void showEpoch(NDManager root, Session s) {
        if (panel.length > 0) {
            float[] px = new float[panel.length * validation.pixelsPerImage()];
            validation.gather(panel, px);
            int[] labels = labelsOf(panel);
            emit(new TrainingEvent.Reconstructions(s.id(), epoch, validation.rows(), labels, px,
                    ModelIo.reconstruct(s.model, root, px, labels)));
        }
        if (embedding.length > 0) {
            float[] px = new float[embedding.length * validation.pixelsPerImage()];
            validation.gather(embedding, px);
            int[] labels = labelsOf(embedding);
            emit(new TrainingEvent.Embedding(s.id(), epoch, s.config.spec().latentDim(), embedding.clone(), labels,
                    ModelIo.encode(s.model, root, px, labels)));
        }
    }

    private int[] labelsOf(int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = validation.label(indices[i]);
        }
        return out;
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

    /** Validation images for the panel: classes in turn (0, 1, 2, ...), first occurrences first. */
    static int[] panelIndices(Dataset d, int size) {
        size = Math.min(size, d.size());
        int classes = Math.max(1, d.numClasses());
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < d.size(); i++) {
            byClass.get(Math.min(classes - 1, d.label(i))).add(i);
        }
        int[] out = new int[size];
        int[] next = new int[classes];
        int k = 0;
        for (int round = 0; k < size; round++) {
            int c = round % classes;
            if (next[c] < byClass.get(c).size()) {
                out[k++] = byClass.get(c).get(next[c]++);
            }
        }
        return out;
    }

    /** {@code size} indices spread evenly over {@code n}. */
    static int[] spread(int n, int size) {
        size = Math.min(size, n);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) ((long) i * n / size);
        }
        return out;
    }

    static int[] permutation(int n, Random r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** A well-mixed number from (seed, epoch, batch): splitmix64's finaliser. */
    static long mix(long seed, long epoch, long batch) {
        long z = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + batch * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
