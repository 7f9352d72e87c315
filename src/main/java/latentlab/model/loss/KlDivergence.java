package latentlab.model.loss;

import ai.djl.ndarray.NDArray;
import latentlab.model.block.Scalars;

/** KL divergence of the encoder's diagonal Gaussian from the prior N(0, I). */
public final class KlDivergence {
    private KlDivergence() {
    }

    /**
     * {@code -1/2 sum_j (1 + logvar_j - mu_j^2 - exp(logvar_j))} per sample, averaged over the
     * batch: a scalar. The constant {@code sum 1 = d} is added once, not per element.
     */
    public static NDArray toStandardNormal(NDArray mu, NDArray logvar) {
        return toStandardNormal(mu, logvar, 1);
    }

    /** {@code weight} times the divergence, the weight folded into its constants (no extra op). */
    public static NDArray toStandardNormal(NDArray mu, NDArray logvar, double weight) {
        long n = mu.getShape().get(0);
        long d = mu.getShape().get(1);
        NDArray s = logvar.sub(mu.square()).sub(logvar.exp()).sum();
        return Scalars.times(s, -0.5 * weight / n).sub((float) (0.5 * weight * d));
    }
}
