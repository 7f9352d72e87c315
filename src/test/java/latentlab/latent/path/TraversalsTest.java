package latentlab.latent.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Sweeps, random walks, class means and latent arithmetic. */
class TraversalsTest {
    @Test
    void aSweepMovesOneDimensionAndKeepsTheOthers() {
        CodePath p = Sweep.along(new float[] {5, 1, 7}, 1, -2, 2, 4);
        assertEquals(5, p.size());
        assertArrayEquals(new float[] {5, -2, 7}, p.code(0));
        assertArrayEquals(new float[] {5, 0, 7}, p.code(2));
        assertArrayEquals(new float[] {5, 2, 7}, p.code(4));
        assertThrows(IllegalArgumentException.class, () -> Sweep.along(new float[] {0, 0}, 2, 0, 1, 3));
    }

    @Test
    void aRandomWalkRepeatsWithItsSeedAndStepsAtItsScale() {
        CodePath a = RandomWalk.from(new float[] {1, -1}, 4000, 0.5, 42);
        CodePath b = RandomWalk.from(new float[] {1, -1}, 4000, 0.5, 42);
        CodePath c = RandomWalk.from(new float[] {1, -1}, 4000, 0.5, 43);
        assertArrayEquals(a.codes(), b.codes());
        assertNotEquals(a.code(1)[0], c.code(1)[0]);
        assertArrayEquals(new float[] {1, -1}, a.code(0));
        double sq = 0;
        for (int t = 1; t < a.size(); t++) {
            for (int j = 0; j < 2; j++) {
                double d = a.code(t)[j] - a.code(t - 1)[j];
                sq += d * d;
            }
        }
        // Each coordinate's increment has standard deviation 0.5: 8000 of them estimate it within 3%.
        assertEquals(0.5, Math.sqrt(sq / 8000), 0.015);
    }

    @Test
    void classMeansAndArithmetic() {
        float[] codes = {0, 0, 2, 2, 10, 0, 10, 4, 5, 5};
        int[] labels = {0, 0, 1, 1, 2};
        ClassMeans m = ClassMeans.of(codes, labels, 2, 4);
        assertArrayEquals(new float[] {1, 1}, m.mean(0));
        assertArrayEquals(new float[] {10, 2}, m.mean(1));
        assertArrayEquals(new float[] {5, 5}, m.mean(2));
        assertArrayEquals(new int[] {2, 2, 1, 0}, m.counts());
        // mean(1) - mean(0) + (5, 5) = (9, 1) + (5, 5)
        assertArrayEquals(new float[] {14, 6}, m.arithmetic(1, 0, new float[] {5, 5}));
        assertThrows(IllegalArgumentException.class, () -> m.mean(3));
    }
}
