package latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RangeRuleTest {

    private final LatentStats stats = LatentStats.of(new float[] {0, 5, 2, 5, 4, 5}, 2);

    @Test
    void dataRangesComeFromTheCodes() {
        assertArrayEquals(new double[] {0, 4}, RangeRule.DATA_MIN_MAX.range(stats, 0), 1e-9);
        double sd = Math.sqrt(8.0 / 3);
        assertArrayEquals(new double[] {2 - 3 * sd, 2 + 3 * sd}, RangeRule.DATA_MEAN_3SD.range(stats, 0), 1e-6);
    }

    @Test
    void priorRangeIsThreeSigmaWhateverTheCodes() {
        assertArrayEquals(new double[] {-3, 3}, RangeRule.PRIOR_3SIGMA.range(stats, 0), 1e-9);
        assertArrayEquals(new double[] {-3, 3}, RangeRule.PRIOR_3SIGMA.range(stats, 1), 1e-9);
    }

    @Test
    void aConstantDimensionStillGetsARangeToMoveIn() {
        assertArrayEquals(new double[] {4, 6}, RangeRule.DATA_MIN_MAX.range(stats, 1), 1e-9);
    }

    @Test
    void variationalModelsStartWithThePrior() {
        assertEquals(RangeRule.PRIOR_3SIGMA, RangeRule.defaultFor(true));
        assertEquals(RangeRule.DATA_MIN_MAX, RangeRule.defaultFor(false));
    }
}
