package latentlab.latent.metrics;

/** How far a variational encoder's posteriors lie from the prior N(0, I). */
public final class KlToPrior {
    public static final Metric METRIC = new Metric("kl_to_prior", "KL to the prior",
            "mean over validation images of 1/2 sum_j (mu_j^2 + sigma_j^2 - ln sigma_j^2 - 1),"
                    + " KL(N(mu, diag sigma^2) || N(0, I))",
            "How far the encoder's posteriors lie from the prior, in nats per image; n/a without a prior", false);

    private KlToPrior() {
    }

    /** The mean KL of n diagonal Gaussians (means and log-variances n x dim, row-major) from N(0, I). */
    public static double meanKl(float[] mu, float[] logVariance, int dim) {
        if (mu.length != logVariance.length || dim < 1 || mu.length % dim != 0 || mu.length == 0) {
            throw new IllegalArgumentException(mu.length + " means and " + logVariance.length
                    + " log-variances are not whole codes of size " + dim);
        }
        double sum = 0;
        for (int i = 0; i < mu.length; i++) {
            double m = mu[i];
            double lv = logVariance[i];
            sum += 0.5 * (m * m + Math.exp(lv) - lv - 1);
        }
        return sum / (mu.length / dim);
    }
}
