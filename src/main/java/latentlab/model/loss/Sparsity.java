package latentlab.model.loss;

import ai.djl.ndarray.NDArray;
import latentlab.model.block.Scalars;

/** The L1 penalty of a sparse autoencoder. */
public final class Sparsity {
    private Sparsity() {
    }

    /** {@code sum_j |h_j|} per sample, averaged over the batch: a scalar. */
    public static NDArray l1(NDArray code) {
        return Scalars.over(code.abs().sum(), code.getShape().get(0));
    }
}
