package latentlab.model.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import latentlab.model.ModelSpec.OutputActivation;
import latentlab.model.ModelSpec.ReconstructionLoss;
import latentlab.model.testing.EngineFixture;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.api.Test;

class ReconstructionTest extends EngineTest {
    /** -x log p - (1-x) log(1-p) with p = sigmoid(l), in double precision. */
    private static double bce(double l, double x) {
        double p = 1 / (1 + Math.exp(-l));
        return -(x * Math.log(p) + (1 - x) * Math.log(1 - p));
    }

    @Test
    void bceFromLogitsIsTheCrossEntropySummedPerSampleAndAveragedOverTheBatch() {
        float[] logits = {0.5f, -1.2f, 2.0f, 0f, 3.1f, -0.4f};
        float[] target = {1f, 0f, 0.3f, 0.5f, 0.9f, 0f};
        double expected = 0;
        for (int i = 0; i < logits.length; i++) {
            expected += bce(logits[i], target[i]);
        }
        expected /= 2; // two samples of three pixels
        try (NDManager step = manager.newSubManager()) {
            Reconstruction r = new Reconstruction(OutputActivation.SIGMOID, ReconstructionLoss.BCE);
            float got = r.loss(step.create(logits, new Shape(2, 3)), step.create(target, new Shape(2, 3))).getFloat();
            assertEquals(expected, got, 1e-5);
        }
    }

    @Test
    void bceStaysFiniteAndExactForExtremeLogits() {
        // log(1 - sigmoid(100)) underflows when computed naively; the stable form gives 100 exactly.
        float[] logits = {100f, -100f, 100f, -100f};
        float[] target = {0f, 1f, 1f, 0f};
        try (NDManager step = manager.newSubManager()) {
            float got = Reconstruction.bceWithLogits(step.create(logits), step.create(target)).getFloat();
            assertEquals(200f, got, 1e-3f);
        }
    }

    @Test
    void tanhOutputScoresAgainstPixelsMappedToMinusOneOne() {
        try (NDManager step = manager.newSubManager()) {
            Reconstruction r = new Reconstruction(OutputActivation.TANH, ReconstructionLoss.MSE);
            NDArray logits = step.create(new float[] {0f, 10f}, new Shape(1, 2));
            NDArray clean = step.create(new float[] {0.5f, 1f}, new Shape(1, 2));
            // tanh(0) = 0 is grey (0.5 -> 0); tanh(10) ~ 1 is white.
            assertEquals(0f, r.loss(logits, clean).getFloat(), 1e-6f);
            float[] px = r.pixels(step.create(new float[] {-20f, 20f})).toFloatArray();
            assertEquals(-1f, px[0], 1e-6f);
            assertEquals(1f, px[1], 1e-6f);
        }
    }

    @Test
    void tanhBceEqualsSigmoidBceOfTheSamePixels() {
        try (NDManager step = manager.newSubManager()) {
            NDArray logits = step.create(new float[] {0.3f, -0.7f, 1.5f}, new Shape(1, 3));
            NDArray clean = step.create(new float[] {0.2f, 0.9f, 0.6f}, new Shape(1, 3));
            float tanh = new Reconstruction(OutputActivation.TANH, ReconstructionLoss.BCE).loss(logits, clean).getFloat();
            float sigmoid = new Reconstruction(OutputActivation.SIGMOID, ReconstructionLoss.BCE)
                    .loss(logits.mul(2), clean).getFloat();
            assertEquals(sigmoid, tanh, 1e-6f);
            assertTrue(tanh > 0);
        }
    }
}
