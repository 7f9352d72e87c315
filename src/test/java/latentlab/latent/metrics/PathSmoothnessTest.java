package latentlab.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PathSmoothnessTest {
    private static final int PIXELS = 3;
    private static final float[] A = {0f, 0.2f, 1f};
    private static final float[] B = {1f, 0.6f, 0f};

    @Test
    void aStraightEvenPathScoresOneOnEveryMeasure() {
        int steps = 8;
        float[] images = new float[(steps + 1) * PIXELS];
        for (int t = 0; t <= steps; t++) {
            for (int p = 0; p < PIXELS; p++) {
                images[t * PIXELS + p] = A[p] + (B[p] - A[p]) * t / steps;
            }
        }
        PathSmoothness m = PathSmoothness.of(images, PIXELS);
        assertEquals(1, m.pathLengthRatio(), 1e-6);
        assertEquals(1, m.maxStepOverMean(), 1e-6);
        assertEquals(1, m.stepEquality(), 1e-6);
    }

    @Test
    void aSingleJumpIsStraightButMaximallyUneven() {
        // A for t = 0..3, B for t = 4..8: steps (0, 0, 0, |B-A|, 0, 0, 0, 0).
        int steps = 8;
        float[] images = new float[(steps + 1) * PIXELS];
        for (int t = 0; t <= steps; t++) {
            System.arraycopy(t < 4 ? A : B, 0, images, t * PIXELS, PIXELS);
        }
        PathSmoothness m = PathSmoothness.of(images, PIXELS);
        assertEquals(1, m.pathLengthRatio(), 1e-6);
        assertEquals(8, m.maxStepOverMean(), 1e-6);
        // Gini of one non-zero among n values: (n - 1) / n, so equality 1/8.
        assertEquals(1.0 / 8, m.stepEquality(), 1e-6);
    }

    @Test
    void aDetourIsLongerThanTheWayBetweenItsEnds() {
        // (0,0) -> (0.5,0.5) -> (1,0): two steps of sqrt(0.5) for an end distance of 1.
        float[] images = {0, 0, 0.5f, 0.5f, 1, 0};
        PathSmoothness m = PathSmoothness.of(images, 2);
        assertEquals(Math.sqrt(2), m.pathLengthRatio(), 1e-6);
        assertEquals(1, m.maxStepOverMean(), 1e-6);
        assertEquals(1, m.stepEquality(), 1e-6);
    }

    @Test
    void eachStepIsTheEuclideanDistanceBetweenNeighbouringImages() {
        // (0,0) -> (3,4) -> (3,4) -> (0,0): steps 5, 0, 5.
        assertArrayEquals(new double[] {5, 0, 5}, PathSmoothness.steps(new float[] {0, 0, 3, 4, 3, 4, 0, 0}, 2),
                1e-12);
        assertThrows(IllegalArgumentException.class, () -> PathSmoothness.steps(new float[] {1, 2}, 2));
        assertThrows(IllegalArgumentException.class, () -> PathSmoothness.steps(new float[] {1, 2, 3}, 2));
    }

    @Test
    void aPathBackToItsStartHasNoRatio() {
        assertNull(PathSmoothness.of(new float[] {0, 0, 1, 1, 0, 0}, 2));
    }

    @Test
    void giniOfKnownValues() {
        // sum over ordered pairs |v_i - v_j| = 20, 2 n^2 mean = 80.
        assertEquals(0.25, PathSmoothness.gini(new double[] {1, 2, 3, 4}), 1e-12);
        assertEquals(0, PathSmoothness.gini(new double[] {2, 2, 2}), 1e-12);
        assertEquals(0, PathSmoothness.gini(new double[] {0, 0}), 1e-12);
    }
}
