package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void freedmanDiaconisWidthFromTheInterquartileRange() {
        // Quartiles 2.75 and 6.25: IQR 3.5, width 2 * 3.5 / 8^(1/3) = 3.5, so 7 / 3.5 = 2 bins.
        Histogram h = Histogram.of(new double[] {8, 1, 2, 7, 3, 4, 5, 6}, 100);
        assertArrayEquals(new double[] {1, 4.5, 8}, h.edges(), 1e-12);
        assertArrayEquals(new int[] {4, 4}, h.counts());
        assertEquals("Freedman-Diaconis", h.rule());
    }

    @Test
    void theCapLimitsTheBinsAndSaysSo() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        // Width 2 * 499.5 / 10 = 99.9: ten bins, capped at five.
        Histogram h = Histogram.of(v, 5);
        assertEquals(5, h.bins());
        assertArrayEquals(new int[] {200, 200, 200, 200, 200}, h.counts());
        assertEquals("Freedman-Diaconis, capped at 5 bins", h.rule());
        assertEquals(10, Histogram.of(v, 100).bins());
    }

    @Test
    void sturgesWhenMostValuesAreEqualAndTheMaximumFallsInTheLastBin() {
        Histogram h = Histogram.of(new double[] {0, 0, 0, 0, 0, 0, 0, 10}, 100);
        assertArrayEquals(new double[] {0, 2.5, 5, 7.5, 10}, h.edges(), 1e-12);
        assertArrayEquals(new int[] {7, 0, 0, 1}, h.counts());
        assertTrue(h.rule().startsWith("Sturges"), h.rule());
    }

    @Test
    void equalValuesMakeOneBinAndNothingIsLost() {
        Histogram h = Histogram.of(new double[] {0.25, 0.25, 0.25}, 100);
        assertArrayEquals(new int[] {3}, h.counts());
        assertEquals(3, h.total());
    }

    @Test
    void emptyOrNonFiniteValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[0], 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Histogram.of(new double[] {1, Double.NaN}, 10));
        assertEquals("a histogram takes finite values only", e.getMessage());
    }
}
