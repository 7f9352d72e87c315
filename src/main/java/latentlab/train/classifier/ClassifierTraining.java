package latentlab.train.classifier;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ParamSnapshot;
import latentlab.model.classifier.ReferenceCnn;
import latentlab.model.engine.EngineThreads;
import latentlab.model.engine.Engines;
import latentlab.train.Adam;
import latentlab.train.BatchLoader;
import latentlab.train.BatchOrder;

/**
 * Trains the reference classifier on the training split of a data set with the project's own
 * engine code: {@link ReferenceCnn}, {@link Adam}, {@link BatchOrder}'s seeded shuffles, one
 * gradient collector at a time, on the calling thread. Each training image is shifted by up to two
 * pixels ({@link ShiftedBatches}); the validation split is only measured, as it is.
 *
 * <p>The engine allows one gradient collector per process: never run this beside a training run
 * in the same process (the command line runs it alone).
 */
public final class ClassifierTraining {

    /** How to train: passes over the data, batch size, Adam's first learning rate and the seed. */
    public record Settings(int epochs, int batchSize, double learningRate, long seed) {
        public Settings {
            if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
                throw new IllegalArgumentException("epochs and batch size must be at least 1 and the learning rate"
                        + " above 0");
            }
        }

        /**
         * The learning rate of epoch {@code e} (from 0): half a cosine from the first rate down
         * towards 0, {@code lr (1 + cos(pi e / epochs)) / 2}, so the last epochs settle.
         */
        public double rate(int e) {
            return learningRate * (1 + Math.cos(Math.PI * e / epochs)) / 2;
        }
    }

    /** The trained weights and how they came about. */
    public record Result(ParamSnapshot parameters, ClassifierInfo info) {
    }

    /** Hears of each finished epoch, on the training thread. */
    @FunctionalInterface
    public interface Listener {
        void epochEnded(ClassifierInfo.Epoch epoch, int epochs);
    }

    private ClassifierTraining() {
    }

    /** @throws IllegalStateException when the loss stops being finite */
    public static Result train(DataSplit data, Settings settings, Listener listener) {
        Dataset train = data.train();
        Dataset validation = data.validation();
        if (train.rows() != ReferenceCnn.SIDE || train.cols() != ReferenceCnn.SIDE
                || train.numClasses() != ReferenceCnn.CLASSES) {
            throw new IllegalArgumentException("the reference classifier takes 28x28 images of 10 classes; "
                    + data.sourceId() + " has " + train.rows() + "x" + train.cols() + " images of "
                    + train.numClasses() + " classes");
        }
        List<ClassifierInfo.Epoch> history = new ArrayList<>();
        ParamSnapshot weights;
        try (NDManager root = Engines.newManager()) {
            // Grad mode is per thread; only the gradient collector switches it on.
            EngineThreads.noGradients();
            ReferenceCnn net = new ReferenceCnn(root, settings.seed());
            try (Adam adam = new Adam(root)) {
                net.parameters().values().forEach(p -> p.getArray().setRequiresGradient(true));
                ShiftedBatches batches = new ShiftedBatches(train, settings.batchSize(), settings.seed());
                for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                    int[] order = BatchOrder.ofEpoch(settings.seed(), epoch, train.size());
                    double rate = settings.rate(epoch);
                    double lossSum = 0;
                    for (int b = 0; b < batches.count(); b++) {
                        try (NDManager bm = root.newSubManager()) {
                            BatchLoader.Batch batch = batches.load(bm, order, epoch, b);
                            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                                NDArray loss = net.loss(batch.x(), batch.y());
                                double value = loss.getFloat();
                                if (!Double.isFinite(value)) {
                                    throw new IllegalStateException("the classifier's loss became " + value
                                            + " in epoch " + (epoch + 1) + "; try a smaller learning rate");
                                }
                                lossSum += value * batch.size();
                                adam.step(loss, net.parameters(), rate);
                            }
                        }
                    }
                    ClassifierInfo.Epoch e = new ClassifierInfo.Epoch(epoch + 1, lossSum / train.size(),
                            accuracy(net.snapshot(), validation));
                    history.add(e);
                    listener.epochEnded(e, settings.epochs());
                }
                weights = net.snapshot();
            } finally {
                net.close();
            }
        }
        return new Result(weights, new ClassifierInfo(ReferenceCnn.ARCHITECTURE, data.sourceId(), train.size(),
                validation.size(), settings.seed(), settings.epochs(), settings.batchSize(), settings.learningRate(),
                history));
    }

    /** The fraction of {@code set} that {@code weights} classify right. */
    public static double accuracy(ParamSnapshot weights, Dataset set) {
        try (EngineClassifier c = new EngineClassifier(weights)) {
            return c.classify(set.pixels()).accuracy(set.labels());
        }
    }
}
