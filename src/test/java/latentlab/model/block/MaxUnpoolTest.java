package latentlab.model.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;
import latentlab.model.testing.EngineFixture;
import latentlab.model.testing.EngineTest;

class MaxUnpoolTest extends EngineTest {
    /** MaxUnpool2d(MaxPool2d(x)) with PyTorch's indices: the first max of each window, row-major. */
    static float[] reference(float[] x, float[] y, int planes, int h, int w, int k) {
        float[] out = new float[planes * h * w];
        for (int pl = 0; pl < planes; pl++) {
            for (int wr = 0; wr < h / k; wr++) {
                for (int wc = 0; wc < w / k; wc++) {
                    int best = -1;
                    float max = Float.NEGATIVE_INFINITY;
                    for (int a = 0; a < k; a++) {
                        for (int b = 0; b < k; b++) {
                            int idx = (pl * h + wr * k + a) * w + wc * k + b;
                            if (x[idx] > max) {
                                max = x[idx];
                                best = idx;
                            }
                        }
                    }
                    out[best] = y[(pl * (h / k) + wr) * (w / k) + wc];
                }
            }
        }
        return out;
    }

    @Test
    void unpoolingPutsEachValueWhereItsMaxWasEvenWithTies() {
        Random random = new Random(3);
        int n = 2;
        int c = 3;
        int h = 6;
        int w = 4;
        int k = 2;
        float[] x = new float[n * c * h * w];
        for (int i = 0; i < x.length; i++) {
            // Few distinct values, many ReLU-like zeros: windows with tied maxima are common.
            x[i] = Math.max(0, random.nextInt(4) - 1);
        }
        float[] y = EngineFixture.gaussian(random, n * c * (h / k) * (w / k));
        try (NDManager step = manager.newSubManager()) {
            NDArray input = step.create(x, new Shape(n, c, h, w));
            NDArray pooled = MaxUnpool.pool(input, k);
            NDArray switches = MaxUnpool.switches(input, pooled, k);
            NDArray out = MaxUnpool.unpool(step.create(y, new Shape(n, c, h / k, w / k)), switches, k);
            assertArrayEquals(new long[] {n, c, h, w}, out.getShape().getShape());
            assertArrayEquals(reference(x, y, n * c, h, w, k), out.toFloatArray(), 0f);
        }
    }

    @Test
    void unpoolingThePooledMapRestoresTheMaximaInPlace() {
        Random random = new Random(4);
        float[] x = EngineFixture.gaussian(random, 1 * 2 * 4 * 4);
        try (NDManager step = manager.newSubManager()) {
            NDArray input = step.create(x, new Shape(1, 2, 4, 4));
            NDArray pooled = MaxUnpool.pool(input, 2);
            float[] restored = MaxUnpool.unpool(pooled, MaxUnpool.switches(input, pooled, 2), 2).toFloatArray();
            assertArrayEquals(reference(x, pooled.toFloatArray(), 2, 4, 4, 2), restored, 0f);
        }
    }
}
