package latentlab.model.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import latentlab.model.ParamSnapshot;
import latentlab.model.Tensor;
import latentlab.model.engine.Upload;
import latentlab.model.testing.EngineFixture;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.api.Test;

class ReferenceCnnTest extends EngineTest {
    private static NDArray images(NDManager m, int n) {
        return Upload.floats(m, EngineFixture.gaussian(new Random(1), n * 784), new Shape(n, 784));
    }

    @Test
    void givesSixtyFourFeaturesTenProbabilitiesAndOneHundredThousandParameters() {
        try (NDManager m = manager.newSubManager(); ReferenceCnn net = new ReferenceCnn(m, 1)) {
            NDArray f = net.features(images(m, 3));
            assertArrayEquals(new long[] {3, 64}, f.getShape().getShape());
            float[] p = net.probabilities(f).toFloatArray();
            assertEquals(30, p.length);
            for (int i = 0; i < 3; i++) {
                double sum = 0;
                for (int c = 0; c < 10; c++) {
                    sum += p[i * 10 + c];
                }
                assertEquals(1, sum, 1e-5);
            }
            // 16*9+16 + 32*16*9+32 + 1568*64+64 + 64*10+10
            assertEquals(105_866, net.snapshot().parameterCount());
        }
    }

    @Test
    void theLossIsTheMeanCrossEntropyOfTheTrueClass() {
        try (NDManager m = manager.newSubManager(); ReferenceCnn net = new ReferenceCnn(m, 1)) {
            // Zero weights but for the logits' bias (0, ln 2, 0, ...): p(1) = 2/11, every other class 1/11.
            Map<String, Tensor> zero = new LinkedHashMap<>();
            net.snapshot().values().forEach((name, t) -> zero.put(name, new Tensor(t.shape(), new float[t.data().length])));
            float[] bias = new float[10];
            bias[1] = (float) Math.log(2);
            zero.put("logits.bias", new Tensor(new long[] {10}, bias));
            net.restore(new ParamSnapshot(zero));
            NDArray labels = Upload.ints(m, new int[] {1, 0});
            // (-ln(2/11) - ln(1/11)) / 2
            double expected = (Math.log(11 / 2.0) + Math.log(11)) / 2;
            assertEquals(expected, net.loss(images(m, 2), labels).getFloat(), 1e-5);
        }
    }

    @Test
    void refusesASnapshotOfAnotherShape() {
        try (NDManager m = manager.newSubManager(); ReferenceCnn net = new ReferenceCnn(m, 1)) {
            Map<String, Tensor> wrong = new LinkedHashMap<>(net.snapshot().values());
            wrong.put("logits.bias", new Tensor(new long[] {9}, new float[9]));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> net.restore(new ParamSnapshot(wrong)));
            assertEquals("parameter 'logits.bias' has shape [10] but the snapshot holds [9]", e.getMessage());
        }
    }
}
