package latentlab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import latentlab.model.Autoencoder;
import latentlab.model.LossTerms;
import latentlab.model.StepContext;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.CheckpointInfo;
import latentlab.train.checkpoint.EpochMetrics;
import latentlab.train.checkpoint.OptimizerState;

/** One model of a run, with its optimizer and history; lives on the training thread. */
final class Session implements AutoCloseable {
    final SessionConfig config;
    final NDManager manager;
    final Autoencoder model;
    /** Null for closed-form models. */
    final Adam adam;
    final List<EpochMetrics> history = new ArrayList<>();
    final LossMeans epochMeans = new LossMeans();
    final LossMeans recentMeans = new LossMeans();
    long step;
    boolean diverged;

    Session(SessionConfig config, NDManager parent, ModelFactory factory, long seed) {
        this.config = config;
        this.manager = parent.newSubManager();
        try {
            this.model = factory.create(config.spec(), manager, seed);
            boolean closedForm = config.spec().kind().isClosedForm();
            this.adam = closedForm ? null : new Adam(manager);
            Checkpoint c = config.resumeFrom();
            if (c != null) {
                model.restore(c.parameters());
                if (adam != null && !c.optimizer().isEmpty()) {
                    adam.load(c.optimizer(), model.parameters());
                }
                history.addAll(c.info().history());
                step = c.optimizer().steps().values().stream().mapToLong(Long::longValue).max().orElse(0);
            }
            if (adam != null) {
                model.parameters().values().forEach(p -> p.getArray().setRequiresGradient(true));
            }
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * One training step on a batch: the loss, and for a trained model one Adam update down its
     * gradient. Returns the loss terms; when the total is not finite nothing is updated.
     */
    Map<String, Double> step(BatchLoader.Batch b, int epoch, double learningRate) {
        if (closedForm()) {
            Map<String, Double> terms = model.loss(b.x(), b.y(), new StepContext(epoch, step, false)).toDoubles();
            step++;
            return terms;
        }
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            LossTerms loss = model.loss(b.x(), b.y(), new StepContext(epoch, step, true));
            Map<String, Double> terms = loss.toDoubles();
            if (!Double.isFinite(terms.get(LossTerms.TOTAL))) {
                return terms;
            }
            adam.step(loss.total(), model.parameters(), learningRate);
            step++;
            return terms;
        }
    }

    String id() {
        return config.id();
    }

    boolean closedForm() {
        return adam == null;
    }

    Checkpoint checkpoint(String datasetId, long seed, int epoch, int batchSize, double learningRate) {
        return new Checkpoint(
                new CheckpointInfo(config.spec(), datasetId, seed, epoch, batchSize, learningRate, history),
                model.snapshot(),
                adam == null ? OptimizerState.empty(Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON)
                        : adam.export());
    }

    @Override
    public void close() {
        if (adam != null) {
            adam.close();
        }
        model.close();
        manager.close();
    }
}
