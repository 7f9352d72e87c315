package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CorruptionTest {
    private static float[] grey(int n) {
        float[] x = new float[n];
        Arrays.fill(x, 0.5f);
        return x;
    }

    @Test
    void gaussianNoiseStaysInRangeAndHasTheAskedSpread() {
        float[] out = Corruption.gaussian(0.2).apply(grey(20_000), new Random(1));
        double var = 0;
        for (float v : out) {
            assertTrue(v >= 0 && v <= 1);
            var += (v - 0.5) * (v - 0.5);
        }
        assertEquals(0.2, Math.sqrt(var / out.length), 0.01);
    }

    @Test
    void saltAndPepperChangesTheAskedFraction() {
        float[] out = Corruption.saltAndPepper(0.3).apply(grey(20_000), new Random(2));
        long changed = 0;
        for (float v : out) {
            if (v != 0.5f) {
                changed++;
                assertTrue(v == 0f || v == 1f);
            }
        }
        assertEquals(0.3, changed / 20_000.0, 0.02);
    }

    @Test
    void maskingZeroesTheAskedFractionAndLeavesTheInputAlone() {
        float[] in = grey(20_000);
        float[] out = Corruption.masking(0.25).apply(in, new Random(3));
        long zeros = 0;
        for (float v : out) {
            zeros += v == 0f ? 1 : 0;
        }
        assertEquals(0.25, zeros / 20_000.0, 0.02);
        assertArrayEquals(grey(20_000), in);
    }

    @Test
    void sameSeedSameNoise() {
        assertArrayEquals(Corruption.gaussian(0.1).apply(grey(100), new Random(9)),
                Corruption.gaussian(0.1).apply(grey(100), new Random(9)));
    }

    @Test
    void rejectsAFractionAboveOne() {
        assertThrows(IllegalArgumentException.class, () -> Corruption.masking(1.5));
    }
}
