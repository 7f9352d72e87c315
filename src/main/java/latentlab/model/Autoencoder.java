package latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.Map;

/**
 * A member of the autoencoder family on the engine: {@code encode(x) -> z}, {@code decode(z) -> x-hat}.
 *
 * <p>Inputs are flattened images, shape (N, side*side), floats in [0,1]; labels are int arrays
 * of shape (N) and are used only by conditional models. Not thread-safe: one owner thread
 * uses an instance; other threads get their own instance restored from a {@link ParamSnapshot}.
 */
public interface Autoencoder extends AutoCloseable {

    ModelSpec spec();

    /** Every parameter by stable name, in a fixed order; gradients are attached by the trainer. */
    Map<String, Parameter> parameters();

    /**
     * The loss of a batch, every term separate. In training this samples (VAE) and corrupts
     * (denoising) as the model's objective says; for validation it is deterministic.
     */
    LossTerms loss(NDArray x, NDArray labels, StepContext ctx);

    /** The code of each input: the mean for variational models, so inference is deterministic. */
    NDArray encode(NDArray x, NDArray labels);

    /**
     * The log-variance of each input's posterior (N, latentDim), for variational models.
     *
     * @throws UnsupportedOperationException for a model without a posterior variance
     */
    default NDArray encodeLogVariance(NDArray x, NDArray labels) {
        throw new UnsupportedOperationException(spec().kind().displayName() + " has no posterior variance");
    }

    /** Images for codes {@code z} (N, latentDim), pixels in the range of the output activation. */
    NDArray decode(NDArray z, NDArray labels);

    /** For closed-form models (PCA): fit on the whole training set, shape (N, side*side). */
    default void fit(NDArray x) {
        throw new UnsupportedOperationException(spec().kind() + " is trained by gradient steps");
    }

    /** The manager that owns this model's parameters. */
    NDManager manager();

    /** A plain-Java copy of every parameter. */
    ParamSnapshot snapshot();

    /**
     * Overwrites every parameter with the snapshot's values; refuses, with a message naming the
     * parameter, any missing name or mismatched shape.
     */
    void restore(ParamSnapshot snapshot);

    @Override
    void close();
}
