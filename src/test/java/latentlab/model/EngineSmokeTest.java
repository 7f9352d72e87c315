package latentlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import latentlab.model.engine.Engines;
import org.junit.jupiter.api.Test;

/** The engine starts offline from the Maven natives and computes a forward and backward pass. */
class EngineSmokeTest {
    @Test
    void forwardAndBackwardOnTheCpu() {
        Engines.configure(Engines.Mode.HEADLESS);
        assertEquals("PyTorch", Engines.info().engineName());
        assertEquals("2.5.1", Engines.info().engineVersion());
        try (NDManager m = NDManager.newBaseManager(ai.djl.Device.cpu(), "PyTorch")) {
            NDArray w = m.create(new float[] {1f, -2f, 3f});
            w.setRequiresGradient(true);
            NDArray x = m.create(new float[] {0.5f, 0.25f, 2f});
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                // y = sum((w * x)^2); dy/dw = 2 * w * x^2
                NDArray y = w.mul(x).square().sum();
                assertEquals(0.25f + 0.25f + 36f, y.getFloat(), 1e-5);
                gc.backward(y);
            }
            assertArrayEquals(new float[] {0.5f, -0.25f, 24f}, w.getGradient().toFloatArray(), 1e-5f);
        }
    }
}
