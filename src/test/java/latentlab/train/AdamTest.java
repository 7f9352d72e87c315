package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.Map;
import latentlab.model.engine.Engines;
import latentlab.model.engine.Upload;
import latentlab.train.checkpoint.OptimizerState;
import org.junit.jupiter.api.Test;

class AdamTest {

    /** Minimises sum(c * w^2) from w0 and returns w after each step, by the textbook formula. */
    private static double[][] reference(float[] w0, float[] c, double lr, int steps) {
        double b1 = 0.9, b2 = 0.999, eps = 1e-8;
        int n = w0.length;
        double[] w = new double[n], m = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = w0[i];
        }
        double[][] out = new double[steps][];
        for (int t = 1; t <= steps; t++) {
            for (int i = 0; i < n; i++) {
                double g = 2 * c[i] * w[i];
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                double mh = m[i] / (1 - Math.pow(b1, t));
                double vh = v[i] / (1 - Math.pow(b2, t));
                w[i] -= lr * mh / (Math.sqrt(vh) + eps);
            }
            out[t - 1] = w.clone();
        }
        return out;
    }

    /** One Adam step down the gradient of sum(c * w^2). */
    private static void step(NDManager m, Adam adam, Map<String, Parameter> params, float[] c, double lr) {
        try (NDManager batch = m.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray w = params.get("w").getArray();
            adam.step(w.square().mul(Upload.floats(batch, c, new Shape(c.length))).sum(), params, lr);
        }
    }

    @Test
    void takesTheSameStepsAsTheTextbookAdamAndResumesExactly() {
        float[] w0 = {3f, -2f, 0.5f, -0.01f, 10f, 1e-4f};
        float[] c = {1f, 4f, 100f, 1f, 0.1f, 2f};
        double lr = 0.05;
        double[][] want = reference(w0, c, lr, 6);
        Engines.info();
        JniUtils.setGradMode(false);
        try (NDManager m = Engines.newManager()) {
            NDArray w = Upload.floats(m, w0, new Shape(w0.length));
            w.setRequiresGradient(true);
            Parameter p = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).optArray(w).build();
            Map<String, Parameter> params = Map.of("w", p);
            OptimizerState saved;
            try (Adam adam = new Adam(m)) {
                for (int t = 0; t < 3; t++) {
                    step(m, adam, params, c, lr);
                    float[] got = w.toFloatArray();
                    for (int i = 0; i < w0.length; i++) {
                        assertEquals(want[t][i], got[i], 1e-5 * Math.max(1, Math.abs(want[t][i])), "step " + t);
                    }
                }
                saved = adam.export();
                assertEquals(3L, saved.steps().get("w"));
            }
            // A fresh optimizer loaded from the exported state continues the same trajectory.
            try (Adam resumed = new Adam(m)) {
                resumed.load(saved, params);
                for (int t = 3; t < 6; t++) {
                    step(m, resumed, params, c, lr);
                }
            }
            float[] got = w.toFloatArray();
            for (int i = 0; i < w0.length; i++) {
                assertEquals(want[5][i], got[i], 1e-5 * Math.max(1, Math.abs(want[5][i])));
            }
        }
    }

    @Test
    void refusesStateForAnotherShape() {
        Engines.info();
        try (NDManager m = Engines.newManager(); Adam adam = new Adam(m)) {
            NDArray w = m.zeros(new Shape(4));
            Parameter p = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).optArray(w).build();
            OptimizerState other = new OptimizerState(0.9, 0.999, 1e-8, Map.of("w", 1L),
                    Map.of("w", new latentlab.model.Tensor(new long[] {3}, new float[3])),
                    Map.of("w", new latentlab.model.Tensor(new long[] {3}, new float[3])));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> adam.load(other, Map.of("w", p)));
            assertEquals("optimizer state for 'w' has shape [3] but the parameter has [4]", e.getMessage());
        }
    }
}
