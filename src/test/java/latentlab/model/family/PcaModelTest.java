package latentlab.model.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import latentlab.model.Autoencoder;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.model.StepContext;
import latentlab.model.testing.EngineTest;
import latentlab.model.testing.SmallSpecs;
import org.junit.jupiter.api.Test;

class PcaModelTest extends EngineTest {

    /** 200 images near a 3-dimensional affine subspace of the 64 pixels, with faint noise. */
    private static float[] lowRankImages(int count) {
        Random random = new Random(8);
        float[][] basis = new float[3][64];
        for (float[] b : basis) {
            for (int i = 0; i < 64; i++) {
                b[i] = (float) random.nextGaussian() * 0.1f;
            }
        }
        float[] out = new float[count * 64];
        for (int n = 0; n < count; n++) {
            double[] coef = {3 * random.nextGaussian(), 2 * random.nextGaussian(), random.nextGaussian()};
            for (int i = 0; i < 64; i++) {
                double v = 0.5 + 0.01 * random.nextGaussian();
                for (int k = 0; k < 3; k++) {
                    v += coef[k] * basis[k][i] * 0.3;
                }
                out[n * 64 + i] = (float) Math.min(1, Math.max(0, v));
            }
        }
        return out;
    }

    private static ModelSpec pca(int components) {
        return SmallSpecs.of(ModelKind.PCA).with(Settings.LATENT, components);
    }

    private static float fittedError(NDManager step, NDArray x, int components) {
        try (Autoencoder model = Autoencoders.create(pca(components), manager, 1)) {
            model.fit(x);
            return model.loss(x, null, StepContext.EVAL).total().getFloat();
        }
    }

    @Test
    void reconstructionErrorFallsWithEveryComponentUntilTheDataIsExplained() {
        try (NDManager step = manager.newSubManager()) {
            NDArray x = step.create(lowRankImages(200), new Shape(200, 64));
            float e1 = fittedError(step, x, 1);
            float e2 = fittedError(step, x, 2);
            float e3 = fittedError(step, x, 3);
            float e6 = fittedError(step, x, 6);
            assertTrue(e1 > e2 && e2 > e3 && e3 >= e6, e1 + " " + e2 + " " + e3 + " " + e6);
            // Three components hold the signal: what is left is the noise (64 pixels x 0.01^2).
            assertTrue(e3 < 2 * 64 * 1e-4, "residual after 3 components " + e3);
            assertTrue(e1 > 10 * e3);
        }
    }

    @Test
    void componentsAreOrthonormalAndCodesReconstructTheData() {
        try (NDManager step = manager.newSubManager(); Autoencoder model = Autoencoders.create(pca(5), manager, 1)) {
            NDArray x = step.create(lowRankImages(200), new Shape(200, 64));
            model.fit(x);
            float[] w = model.parameters().get("pca.components").getArray().toFloatArray();
            for (int a = 0; a < 5; a++) {
                for (int b = 0; b < 5; b++) {
                    double dot = 0;
                    for (int i = 0; i < 64; i++) {
                        dot += w[i * 5 + a] * w[i * 5 + b];
                    }
                    assertEquals(a == b ? 1 : 0, dot, 1e-5, "components " + a + ", " + b);
                }
            }
            float[] codes = model.encode(x, null).toFloatArray();
            double[] variance = new double[5];
            for (int n = 0; n < 200; n++) {
                for (int j = 0; j < 5; j++) {
                    variance[j] += codes[n * 5 + j] * codes[n * 5 + j];
                }
            }
            for (int j = 1; j < 5; j++) {
                assertTrue(variance[j - 1] >= variance[j], "components come in order of explained variance");
            }
        }
    }

    @Test
    void refusesMoreComponentsThanPixels() {
        assertThrows(IllegalArgumentException.class, () -> Autoencoders.create(pca(65), manager, 1));
    }
}
