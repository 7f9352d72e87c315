package latentlab.model.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import latentlab.model.ModelSpec.OutputActivation;
import latentlab.model.ModelSpec.ReconstructionLoss;

/**
 * The decoder's output head and its reconstruction loss, from logits {@code l} against clean
 * images {@code x} in [0,1]; every loss is summed over a sample's pixels and averaged over the batch.
 *
 * <ul>
 *   <li>BCE: {@code sum_i max(l_i,0) - l_i x_i + log(1 + exp(-|l_i|))}, the stable form of
 *       {@code -x log sigmoid(l) - (1-x) log(1 - sigmoid(l))}.</li>
 *   <li>MSE: {@code sum_i (y_i - t_i)^2} with y the output pixels.</li>
 * </ul>
 *
 * <p>With a tanh output, pixels live in [-1,1]: the MSE target is {@code t = 2x - 1}, and BCE
 * uses logits {@code 2l}, since {@code (tanh(l) + 1) / 2 = sigmoid(2l)}. With sigmoid, {@code t = x}.
 */
public final class Reconstruction {
    private final OutputActivation output;
    private final ReconstructionLoss loss;

    public Reconstruction(OutputActivation output, ReconstructionLoss loss) {
        this.output = output;
        this.loss = loss;
    }

    /** Output pixels from logits: in [0,1] for sigmoid, [-1,1] for tanh. */
    public NDArray pixels(NDArray logits) {
        return output == OutputActivation.SIGMOID ? Activation.sigmoid(logits) : logits.tanh();
    }

    /** The per-sample sum, averaged over the batch: a scalar. */
    public NDArray loss(NDArray logits, NDArray clean) {
        long n = logits.getShape().get(0);
        if (loss == ReconstructionLoss.BCE) {
            return bceWithLogits(output == OutputActivation.SIGMOID ? logits : logits.mul(2f), clean).div((float) n);
        }
        NDArray target = output == OutputActivation.SIGMOID ? clean : clean.mul(2f).sub(1f);
        return pixels(logits).sub(target).square().sum().div((float) n);
    }

    /**
     * {@code sum_i max(l_i,0) - l_i x_i + log(1 + exp(-|l_i|))} over every element. The engine's
     * softplus is {@code max(l,0) + log(1 + exp(-|l|))} in one op (it never exponentiates a large
     * positive number), so the whole sum costs four ops.
     */
    public static NDArray bceWithLogits(NDArray logits, NDArray target) {
        return Activation.softPlus(logits).sub(logits.mul(target)).sum();
    }
}
