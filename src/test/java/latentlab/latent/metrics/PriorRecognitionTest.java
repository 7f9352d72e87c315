package latentlab.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import latentlab.latent.Classification;
import org.junit.jupiter.api.Test;

class PriorRecognitionTest {
    @Test
    void countsTheImagesRecognizedAboveTheThreshold() {
        // Confidences 0.95, 0.6, 0.98 and 0.9, which is not above 0.9: 2 of 4.
        float[] p = {0.95f, 0.05f, 0.6f, 0.4f, 0.02f, 0.98f, 0.9f, 0.1f};
        Classification c = new Classification(p, new float[4], 2, 1);
        assertEquals(0.5, PriorRecognition.fraction(c, 0.9));
        assertEquals(1.0, PriorRecognition.fraction(c, 0.5));
    }
}
