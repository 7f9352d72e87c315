package latentlab.model.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import latentlab.model.block.Net;
import latentlab.model.block.Scope;

/**
 * The contractive penalty: the squared Frobenius norm of the encoder's Jacobian {@code J = dh/dx},
 * averaged over the batch. DJL offers no double backward, so the norm is either written out
 * analytically (one sigmoid layer) or estimated from finite differences (any encoder).
 */
public final class Contraction {
    private Contraction() {
    }

    /**
     * For {@code h = sigmoid(W x + b)}, W of shape (d, n):
     * {@code ||J||_F^2 = sum_j (h_j (1 - h_j))^2 * sum_i W_ji^2}, averaged over the batch.
     */
    public static NDArray sigmoidLayer(NDArray h, NDArray weight) {
        NDManager step = h.getManager();
        NDArray rowNorms = Scope.adopt(step, Scope.adopt(step, weight.square()).sum(new int[] {1}));
        NDArray slope = h.sub(h.square());
        return slope.square().mul(rowNorms).sum().div((float) h.getShape().get(0));
    }

    /**
     * A Monte Carlo estimate: for directions {@code v ~ N(0, I)}, {@code E ||J v||^2 = ||J||_F^2},
     * and {@code J v ~ (f(x + eps v) - f(x)) / eps}. All directions go through the encoder as one
     * batch of {@code N * directions} rows, so the cost is one extra (larger) forward pass.
     *
     * @param h the encoder's output at x, already computed
     */
    public static NDArray finiteDifference(Net encoder, NDArray x, NDArray h, int directions, float eps) {
        long n = x.getShape().get(0);
        long dim = x.getShape().get(1);
        NDArray v = x.getManager().randomNormal(0f, eps, new Shape(directions, n, dim), x.getDataType());
        NDArray shifted = v.add(x).reshape(directions * n, dim);
        NDArray diff = encoder.forward(shifted).reshape(directions, n, -1).sub(h);
        return diff.square().sum().div((float) directions * n * eps * eps);
    }
}
