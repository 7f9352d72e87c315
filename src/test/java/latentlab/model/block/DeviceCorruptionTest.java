package latentlab.model.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import latentlab.data.Corruption;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.api.Test;

class DeviceCorruptionTest extends EngineTest {
    private static final int N = 20_000;

    private static float[] corrupt(Corruption c, float value) {
        try (NDManager step = manager.newSubManager()) {
            NDArray x = step.full(new Shape(4, N / 4), value);
            NDArray out = DeviceCorruption.apply(c, x);
            assertArrayEquals(new long[] {4, N / 4}, out.getShape().getShape());
            return out.toFloatArray();
        }
    }

    @Test
    void gaussianNoiseHasTheRequestedSpreadAndStaysInRange() {
        float[] out = corrupt(Corruption.gaussian(0.1), 0.5f);
        double sum = 0;
        double sq = 0;
        for (float v : out) {
            assertTrue(v >= 0f && v <= 1f);
            sum += v - 0.5;
            sq += (v - 0.5) * (v - 0.5);
        }
        assertEquals(0, sum / N, 0.005);
        assertEquals(0.1, Math.sqrt(sq / N), 0.005);
        for (float v : corrupt(Corruption.gaussian(2.0), 0.5f)) {
            assertTrue(v >= 0f && v <= 1f, "clipped to [0,1]: " + v);
        }
    }

    @Test
    void maskingZeroesTheRequestedFraction() {
        int zeros = 0;
        for (float v : corrupt(Corruption.masking(0.3), 0.7f)) {
            assertTrue(v == 0f || v == 0.7f);
            zeros += v == 0f ? 1 : 0;
        }
        assertEquals(0.3, zeros / (double) N, 0.02);
    }

    @Test
    void saltAndPepperSetsTheRequestedFractionToBlackOrWhite() {
        int black = 0;
        int white = 0;
        for (float v : corrupt(Corruption.saltAndPepper(0.4), 0.5f)) {
            assertTrue(v == 0f || v == 1f || v == 0.5f);
            black += v == 0f ? 1 : 0;
            white += v == 1f ? 1 : 0;
        }
        assertEquals(0.2, black / (double) N, 0.02);
        assertEquals(0.2, white / (double) N, 0.02);
    }
}
