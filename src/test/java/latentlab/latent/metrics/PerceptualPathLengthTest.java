package latentlab.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PerceptualPathLengthTest {
    @Test
    void aSampleIsTheSquaredFeatureDistanceOverEpsilonSquared() {
        // ||(3e-4, 4e-4)||^2 = 25e-8, over (1e-4)^2.
        assertEquals(25, PerceptualPathLength.sample(new float[] {0, 0}, new float[] {3e-4f, 4e-4f}, 1e-4), 1e-4);
    }

    @Test
    void theTrimmedMeanIgnoresTheOutlyingPercent() {
        double[] values = new double[100];
        for (int i = 0; i < 99; i++) {
            values[i] = i + 2;
        }
        values[99] = 1e12;
        // Sorted: 2..100 and 1e12; dropping one at each end leaves 3..100, mean 51.5.
        assertEquals(51.5, PerceptualPathLength.trimmedMean(values, 0.01), 1e-9);
        assertEquals(2.0, PerceptualPathLength.trimmedMean(new double[] {1, 2, 3}, 0.01), 1e-12);
    }
}
