package latentlab.model.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.api.Test;

class ScalarsTest extends EngineTest {

    /**
     * Collects garbage between forward and backward and refills the freed direct memory with NaN:
     * a constant whose memory the graph does not own then shows up as a wrong gradient.
     */
    @Test
    void gradientsThroughConstantsSurviveGarbageCollection() {
        List<ByteBuffer> churn = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            try (NDManager step = manager.newSubManager()) {
                NDArray x = step.ones(new Shape(4));
                x.setRequiresGradient(true);
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray y = Scalars.over(Scalars.times(x, 3), 0.5).sum();
                    if (i % 10 == 0) {
                        System.gc();
                        churn.clear();
                        for (int k = 0; k < 200; k++) {
                            ByteBuffer b = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
                            b.putFloat(0, Float.NaN);
                            churn.add(b);
                        }
                    }
                    gc.backward(y);
                }
                assertEquals(6f, x.getGradient().toFloatArray()[0], 0f, "step " + i);
            }
        }
    }
}
