package latentlab.model.testing;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import latentlab.model.engine.Engines;

/** One engine manager per test class, and small arrays made from plain Java values. */
public final class EngineFixture {
    private EngineFixture() {
    }

    public static NDManager newManager() {
        Engines.configure(Engines.Mode.HEADLESS);
        return Engines.newManager();
    }

    public static float[] gaussian(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    public static NDArray gaussian(NDManager m, Random random, long... shape) {
        Shape s = new Shape(shape);
        return m.create(gaussian(random, Math.toIntExact(s.size())), s);
    }

    public static float maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths differ: " + a.length + " vs " + b.length);
        }
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
