package latentlab.model.loss;

import ai.djl.ndarray.NDArray;

/** KL divergence of the encoder's diagonal Gaussian from the prior N(0, I). */
public final class KlDivergence {
    private KlDivergence() {
    }

    /**
     * {@code -1/2 sum_j (1 + logvar_j - mu_j^2 - exp(logvar_j))} per sample, averaged over the
     * batch: a scalar. The constant {@code sum 1 = d} is added once, not per element.
     */
    public static NDArray toStandardNormal(NDArray mu, NDArray logvar) {
        long n = mu.getShape().get(0);
        long d = mu.getShape().get(1);
        NDArray s = logvar.sub(mu.square()).sub(logvar.exp()).sum();
        return s.mul(-0.5f / n).sub(0.5f * d);
    }
}
