package latentlab.train;

import java.util.ArrayList;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ModelSpec;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.CheckpointInfo;

/**
 * The one place that decides a run, for the command line and the window alike: it applies the
 * defaults, fits the model to the data, and says whether a checkpoint can be continued, each in
 * one sentence the user can act on.
 */
public final class RunPlanner {
    public static final int DEFAULT_EPOCHS = 10;
    public static final int DEFAULT_BATCH = 128;
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final long DEFAULT_SEED = 1;

    private RunPlanner() {
    }

    /** A request that cannot run, and why. */
    public static final class Refused extends Exception {
        private final List<String> problems;

        Refused(List<String> problems) {
            super(problems.get(0));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * What the user gave: the model as set (its image size and class count are fitted here), the
     * data, and the training settings, each null for "the default, or the checkpoint's".
     */
    public record Request(ModelSpec model, DataSplit data, int epochs, Integer batchSize, Double learningRate,
            Long seed) {
    }

    /** {@code asked} fitted to the images and classes of {@code train}. */
    public static ModelSpec fit(ModelSpec asked, Dataset train) throws Refused {
        if (train.rows() != train.cols()) {
            throw new Refused(List.of("the models take square images; " + train.id() + " has " + train.rows() + "x"
                    + train.cols()));
        }
        try {
            return asked.fittedTo(train.rows(), Math.max(2, train.numClasses()));
        } catch (IllegalArgumentException e) {
            throw new Refused(List.of(e.getMessage()));
        }
    }

    /** A fresh run of the request's model, checkpointed in {@code dir} (null: not saved). */
    public static TrainingPlan fresh(String id, Request r, java.nio.file.Path dir) throws Refused {
        ModelSpec spec = fit(r.model(), r.data().train());
        return plan(r, SessionConfig.fresh(id, spec, dir), orDefault(r.seed(), DEFAULT_SEED), null);
    }

    /**
     * A run that continues {@code c} up to the request's epochs, saving to {@code dir}; the
     * batch size and learning rate default to the checkpoint's.
     */
    public static TrainingPlan resume(String id, Request r, Checkpoint c, java.nio.file.Path dir) throws Refused {
        List<String> problems = resumeProblems(r, c);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return plan(r, SessionConfig.resume(id, c, dir), c.info().seed(), c.info());
    }

    /** Why {@code c} cannot be continued by {@code r}; empty when it can. */
    public static List<String> resumeProblems(Request r, Checkpoint c) {
        List<String> out = new ArrayList<>();
        CheckpointInfo info = c.info();
        ModelSpec spec;
        try {
            spec = fit(r.model(), r.data().train());
        } catch (Refused e) {
            return e.problems();
        }
        if (!spec.equals(info.spec())) {
            out.add("the checkpoint was saved for " + info.spec().describeAgainst(spec) + ", not "
                    + spec.describeAgainst(info.spec()));
        }
        if (!info.datasetId().equals(r.data().sourceId())) {
            out.add("the checkpoint was trained on " + info.datasetId() + ", not " + r.data().sourceId());
        }
        if (r.seed() != null && r.seed() != info.seed()) {
            out.add("the checkpoint was trained with seed " + info.seed() + "; seed " + r.seed()
                    + " would not continue it");
        }
        if (info.epoch() >= r.epochs()) {
            out.add("the checkpoint has already trained " + info.epoch() + " epochs");
        }
        return out;
    }

    private static TrainingPlan plan(Request r, SessionConfig session, long seed, CheckpointInfo from)
            throws Refused {
        int batch = orDefault(r.batchSize(), from == null ? DEFAULT_BATCH : from.batchSize());
        double lr = orDefault(r.learningRate(), from == null ? DEFAULT_LEARNING_RATE : from.learningRate());
        List<String> problems = new ArrayList<>();
        if (r.epochs() < 1) {
            problems.add("epochs must be at least 1, got " + r.epochs());
        }
        if (batch < 1) {
            problems.add("batch size must be at least 1, got " + batch);
        }
        if (!(lr > 0 && lr < 10)) {
            problems.add("learning rate must be positive and below 10, got " + lr);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        try {
            return TrainingPlan.of(r.data(), List.of(session), r.epochs(), batch, lr, seed);
        } catch (IllegalArgumentException e) {
            throw new Refused(List.of(e.getMessage()));
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
