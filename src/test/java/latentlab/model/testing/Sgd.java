package latentlab.model.testing;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import latentlab.model.Autoencoder;
import latentlab.model.LossTerms;
import latentlab.model.StepContext;

/** Plain full-batch gradient descent: the least a trainer does, to see that a loss can fall. */
public final class Sgd {
    private Sgd() {
    }

    /** Runs {@code steps} steps of {@code w -= lr * grad} on the batch. */
    public static void train(Autoencoder model, SyntheticImages data, int steps, float lr) {
        model.parameters().values().forEach(p -> p.getArray().setRequiresGradient(true));
        NDManager root = model.manager().getParentManager();
        for (int s = 0; s < steps; s++) {
            try (NDManager step = root.newSubManager()) {
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    LossTerms loss = model.loss(data.images(step), data.labels(step), new StepContext(s / 10, s, true));
                    gc.backward(loss.total());
                }
                for (Parameter p : model.parameters().values()) {
                    NDArray w = p.getArray();
                    NDArray g = w.getGradient();
                    NDArray delta = g.mul(lr);
                    w.subi(delta);
                    // The engine accumulates gradients across backward passes: clear for the next step.
                    g.subi(g);
                    delta.close();
                    g.close();
                }
            }
        }
    }

    /** The deterministic (validation) total loss on the batch. */
    public static float evaluate(Autoencoder model, SyntheticImages data) {
        try (NDManager step = model.manager().getParentManager().newSubManager()) {
            return model.loss(data.images(step), data.labels(step), StepContext.EVAL).total().getFloat();
        }
    }
}
