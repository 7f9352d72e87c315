package latentlab.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReconstructionErrorTest {
    private static final float[] ORIGINAL = {1f, 0f, 0.5f, 1f};
    private static final float[] RECONSTRUCTED = {0.8f, 0.5f, 0.25f, 1f};

    @Test
    void bceIsTheMeanCrossEntropyPerPixel() {
        // -ln 0.8 = 0.223144, -ln 0.5 = 0.693147, -(0.5 ln 0.25 + 0.5 ln 0.75) = 0.836988, and a
        // perfect white pixel costs -ln(1 - 1e-7) = 1e-7: (sum) / 4 = 0.438320.
        assertEquals(0.438320, ReconstructionError.bcePerPixel(ORIGINAL, RECONSTRUCTED), 1e-6);
    }

    @Test
    void mseIsTheMeanSquaredErrorPerPixel() {
        // (0.04 + 0.25 + 0.0625 + 0) / 4
        assertEquals(0.088125, ReconstructionError.msePerPixel(ORIGINAL, RECONSTRUCTED), 1e-7);
    }

    @Test
    void aSaturatedWrongPixelCostsAFiniteAmount() {
        // A black reconstruction of a white pixel is clamped to 1e-7: -ln(1e-7) = 16.118.
        assertEquals(16.118, ReconstructionError.bcePerPixel(new float[] {1f}, new float[] {0f}), 1e-3);
    }

    @Test
    void refusesImagesOfDifferentSizes() {
        assertThrows(IllegalArgumentException.class,
                () -> ReconstructionError.msePerPixel(new float[] {1f, 0f}, new float[] {1f}));
    }
}
