package latentlab.model.loss;

import ai.djl.ndarray.NDArray;

/** The L1 penalty of a sparse autoencoder. */
public final class Sparsity {
    private Sparsity() {
    }

    /** {@code sum_j |h_j|} per sample, averaged over the batch: a scalar. */
    public static NDArray l1(NDArray code) {
        return code.abs().sum().div((float) code.getShape().get(0));
    }
}
