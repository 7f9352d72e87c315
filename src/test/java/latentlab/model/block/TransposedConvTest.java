package latentlab.model.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import latentlab.model.testing.EngineFixture;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TransposedConvTest extends EngineTest {
    /** The definition: every input pixel scatters its kernel-weighted copy into the output. */
    static float[] reference(float[] x, float[] w, float[] bias, int n, int cin, int cout, int h, int wd, int f,
            int s, int p) {
        int oh = (h - 1) * s - 2 * p + f;
        int ow = (wd - 1) * s - 2 * p + f;
        float[] y = new float[n * cout * oh * ow];
        for (int b = 0; b < n; b++) {
            for (int o = 0; o < cout; o++) {
                for (int r = 0; r < oh; r++) {
                    for (int c = 0; c < ow; c++) {
                        y[((b * cout + o) * oh + r) * ow + c] = bias[o];
                    }
                }
                for (int c = 0; c < cin; c++) {
                    for (int i = 0; i < h; i++) {
                        for (int j = 0; j < wd; j++) {
                            float v = x[((b * cin + c) * h + i) * wd + j];
                            for (int a = 0; a < f; a++) {
                                for (int e = 0; e < f; e++) {
                                    int r = i * s + a - p;
                                    int col = j * s + e - p;
                                    if (r >= 0 && r < oh && col >= 0 && col < ow) {
                                        y[((b * cout + o) * oh + r) * ow + col] +=
                                                v * w[((c * cout + o) * f + a) * f + e];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return y;
    }

    @ParameterizedTest(name = "n={0}x{1} f={2} s={3} p={4} cin={5} cout={6}")
    @CsvSource({
        "3, 3, 3, 1, 0, 1, 1",
        "3, 4, 3, 2, 0, 2, 3",
        "4, 4, 4, 2, 1, 2, 2",
        "5, 3, 3, 2, 1, 3, 1",
        "2, 2, 2, 3, 1, 1, 2",
        "7, 7, 4, 2, 1, 2, 1",
    })
    void matchesTheDefinitionAndTheSizeFormula(int h, int w, int f, int s, int p, int cin, int cout) {
        Random random = new Random(h * 31L + f * 7L + s);
        try (NDManager step = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(step, 1);
            TransposedConv layer = TransposedConv.create(store, "t", cin, cout, f, s, p);
            float[] weight = EngineFixture.gaussian(random, cin * cout * f * f);
            float[] bias = EngineFixture.gaussian(random, cout);
            store.parameters().get("t.weight").getArray().set(weight);
            store.parameters().get("t.bias").getArray().set(bias);
            int n = 2;
            float[] x = EngineFixture.gaussian(random, n * cin * h * w);
            NDArray y = layer.forward(step.create(x, new ai.djl.ndarray.types.Shape(n, cin, h, w)));

            long oh = (h - 1L) * s - 2L * p + f;
            long ow = (w - 1L) * s - 2L * p + f;
            assertEquals(oh, TransposedConv.outputSize(h, f, s, p));
            assertArrayEquals(new long[] {n, cout, oh, ow}, y.getShape().getShape());
            float[] expected = reference(x, weight, bias, n, cin, cout, h, w, f, s, p);
            assertTrue(EngineFixture.maxAbsDiff(expected, y.toFloatArray()) < 1e-4f,
                    "transposed convolution differs from its definition");
        }
    }

    @Test
    void stride2Kernel4Padding1DoublesTheSide() {
        assertEquals(14, TransposedConv.outputSize(7, 4, 2, 1));
        assertEquals(28, TransposedConv.outputSize(14, 4, 2, 1));
    }

    @Test
    void refusesPaddingThatWouldCropMoreThanTheKernelAdds() {
        try (NDManager step = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(step, 1);
            assertThrows(IllegalArgumentException.class, () -> TransposedConv.create(store, "t", 1, 1, 3, 2, 3));
        }
    }
}
