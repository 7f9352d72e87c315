package latentlab.latent.metrics;

import java.util.Arrays;

/**
 * An analogue of StyleGAN's perceptual path length (Karras et al., 2019) with the reference
 * classifier's feature space in place of VGG: how much what a digit looks like changes per small
 * step along an interpolation, large where the decoder jumps.
 *
 * <pre>
 *   PPL = E[ ||f(g(lerp(z_a, z_b, t))) - f(g(lerp(z_a, z_b, t + eps)))||^2 / eps^2 ],  t ~ U(0, 1)
 * </pre>
 *
 * <p>g is the decoder, f the classifier's feature vector; the expectation is the mean after
 * dropping the lowest and highest 1% of samples, as StyleGAN does.
 */
public final class PerceptualPathLength {
    public static final double EPSILON = 1e-4;
    public static final double TRIM = 0.01;

    private PerceptualPathLength() {
    }

    public static Metric metric() {
        return new Metric("perceptual_path_length", "Perceptual path length (classifier features)",
                "trimmed mean (lowest and highest 1% dropped) over samples of ||f(g(z(t))) - f(g(z(t + 1e-4)))||^2"
                        + " / 1e-4^2, z(t) = (1 - t) z_a + t z_b, t ~ U(0,1), f = the reference classifier's features",
                "How abruptly what a digit looks like changes along interpolations; lower = smoother", false);
    }

    /** One sample: the squared feature distance of two images {@code epsilon} apart on the path, over eps^2. */
    public static double sample(float[] featuresA, float[] featuresB, double epsilon) {
        if (featuresA.length != featuresB.length) {
            throw new IllegalArgumentException("feature vectors of different lengths");
        }
        double s = 0;
        for (int i = 0; i < featuresA.length; i++) {
            double d = featuresA[i] - featuresB[i];
            s += d * d;
        }
        return s / (epsilon * epsilon);
    }

    /** The mean after dropping floor(n * trim) of the lowest and as many of the highest values. */
    public static double trimmedMean(double[] values, double trim) {
        if (values.length == 0 || !(trim >= 0 && trim < 0.5)) {
            throw new IllegalArgumentException("a trimmed mean needs values and a trim in [0, 0.5)");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int drop = (int) Math.floor(sorted.length * trim);
        double sum = 0;
        for (int i = drop; i < sorted.length - drop; i++) {
            sum += sorted[i];
        }
        return sum / (sorted.length - 2 * drop);
    }
}
