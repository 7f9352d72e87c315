package latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ManifoldGridTest {

    @Test
    void normalQuantileMatchesKnownValues() {
        assertEquals(0, NormalQuantile.of(0.5), 1e-9);
        assertEquals(1.959963985, NormalQuantile.of(0.975), 1e-6);
        assertEquals(-2.326347874, NormalQuantile.of(0.01), 1e-6);
        assertEquals(3.090232306, NormalQuantile.of(0.999), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(1));
    }

    @Test
    void vaeGridSpansPriorQuantilesOfEvenlySpacedProbabilities() {
        double[] axis = ManifoldGrid.priorQuantiles(15);
        assertEquals(15, axis.length);
        assertEquals(NormalQuantile.of(1 / 16.0), axis[0], 1e-12);
        assertEquals(-1.534120544, axis[0], 1e-6);
        assertEquals(0, axis[7], 1e-9, "the middle cell is the prior's median");
        for (int k = 0; k < 15; k++) {
            assertEquals(-axis[k], axis[14 - k], 1e-9, "symmetric about 0");
        }
        for (int k = 1; k < 15; k++) {
            // Equal prior mass per step: the CDF rises by 1/16 between neighbours.
            double cdfStep = 0.5 * NormalQuantile.erfc(-axis[k] / Math.sqrt(2)) - 0.5 * NormalQuantile.erfc(-axis[k - 1] / Math.sqrt(2));
            assertEquals(1 / 16.0, cdfStep, 1e-6);
        }
    }

    @Test
    void aeGridSpansTheCodesRange() {
        float[] codes = {-2, 10, 4, 30, 1, 20};
        LatentStats stats = LatentStats.of(codes, 2);
        assertArrayEquals(new double[] {-2, 1, 4}, ManifoldGrid.axis(false, stats, 0, 3), 1e-9);
        assertArrayEquals(new double[] {10, 20, 30}, ManifoldGrid.axis(false, stats, 1, 3), 1e-9);
    }

    @Test
    void gridCodesVaryTheChosenDimsAndKeepTheOthers() {
        float[] base = {7, 0, 0, 9};
        float[] codes = ManifoldGrid.codes(base, 1, 2, new double[] {-1, 1}, new double[] {-5, 5});
        // Row 0 is the top row: largest y.
        assertArrayEquals(new float[] {7, -1, 5, 9, 7, 1, 5, 9, 7, -1, -5, 9, 7, 1, -5, 9}, codes);
        assertThrows(IllegalArgumentException.class, () -> ManifoldGrid.codes(base, 1, 1, new double[1], new double[1]));
    }
}
