package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {
    @Test
    void theGradientIsTheDerivativeOfTheObjective() {
        Random r = new Random(5);
        double[][] z = new double[6][3];
        for (double[] row : z) {
            for (int j = 0; j < 3; j++) {
                row[j] = r.nextGaussian();
            }
        }
        int[] labels = {0, 1, 2, 3, 1, 0};
        double[] w = new double[4 * 4];
        for (int k = 0; k < w.length; k++) {
            w[k] = r.nextGaussian() * 0.5;
        }
        double[] grad = new double[w.length];
        SoftmaxRegression.crossEntropy(w, grad, z, labels, 4, 0.3);
        double[] ignored = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            double[] up = w.clone();
            double[] down = w.clone();
            up[k] += 1e-6;
            down[k] -= 1e-6;
            double numeric = (SoftmaxRegression.crossEntropy(up, ignored, z, labels, 4, 0.3)
                    - SoftmaxRegression.crossEntropy(down, ignored, z, labels, 4, 0.3)) / 2e-6;
            assertEquals(numeric, grad[k], 1e-7, "weight " + k);
        }
    }

    @Test
    void twoOppositePointsGiveTheHandSolvedProbability() {
        // x = -1 (class 0) and x = +1 (class 1), standardized to themselves. By symmetry the weights
        // are -a and a, and the objective ln(1 + e^(-2a)) + lambda a^2 is least where
        // lambda a (1 + e^(2a)) = 1. With lambda = 1/2 that is a = 0.52134...
        SoftmaxRegression c = SoftmaxRegression.fit(new float[] {-1, 1}, 1, new int[] {0, 1}, 2, 0.5);
        double p = c.probabilities(new float[] {1})[1];
        double a = Math.log(p / (1 - p)) / 2;
        assertEquals(1, 0.5 * a * (1 + Math.exp(2 * a)), 1e-4, "stationary up to the gradient tolerance");
        assertEquals(0.52134, a, 1e-4);
        assertArrayEquals(new int[] {0, 1, 1}, c.predict(new float[] {-3, 0.2f, 5}));
    }

    @Test
    void separableClustersAreClassifiedWithoutError() {
        Random r = new Random(9);
        float[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        float[] train = new float[30 * 2];
        int[] labels = new int[30];
        float[] test = new float[300 * 2];
        int[] testLabels = new int[300];
        fill(train, labels, centres, r);
        fill(test, testLabels, centres, r);
        SoftmaxRegression c = SoftmaxRegression.fit(train, 2, labels, 3, 1.0 / 30);
        assertTrue(c.converged(), "stopped after " + c.iterations());
        assertEquals(1.0, c.accuracy(test, testLabels));
        SoftmaxRegression again = SoftmaxRegression.fit(train, 2, labels, 3, 1.0 / 30);
        assertArrayEquals(c.probabilities(test), again.probabilities(test), "the same data, the same model");
    }

    private static void fill(float[] x, int[] labels, float[][] centres, Random r) {
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % centres.length;
            x[2 * i] = centres[labels[i]][0] + (float) r.nextGaussian();
            x[2 * i + 1] = centres[labels[i]][1] + (float) r.nextGaussian();
        }
    }

    @Test
    void aConstantFeatureIsHarmless() {
        SoftmaxRegression c = SoftmaxRegression.fit(new float[] {-1, 7, 1, 7}, 2, new int[] {0, 1}, 2, 0.5);
        assertArrayEquals(new int[] {0, 1}, c.predict(new float[] {-2, 7, 2, 0}));
    }

    @Test
    void labelsOutsideTheClassesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SoftmaxRegression.fit(new float[] {0, 1}, 1, new int[] {0, 2}, 2, 0.1));
        assertEquals("label 2 is outside [0, 2)", e.getMessage());
    }
}
