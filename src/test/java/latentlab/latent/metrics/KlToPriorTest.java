package latentlab.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KlToPriorTest {
    @Test
    void thePriorItselfIsZeroNatsAway() {
        assertEquals(0, KlToPrior.meanKl(new float[] {0, 0, 0, 0}, new float[] {0, 0, 0, 0}, 2), 1e-12);
    }

    @Test
    void averagesThePerImageSumOverDimensions() {
        // Image 1: mu (1, 2), sigma^2 (1, 2): 1/2 (1 + 1 - 0 - 1) + 1/2 (4 + 2 - ln 2 - 1) = 2.653426.
        // Image 2 is the prior: 0. Mean over the two images: 1.326713.
        float[] mu = {1, 2, 0, 0};
        float[] logVar = {0, (float) Math.log(2), 0, 0};
        assertEquals(1.326713, KlToPrior.meanKl(mu, logVar, 2), 1e-6);
    }
}
