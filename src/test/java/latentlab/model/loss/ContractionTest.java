package latentlab.model.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import java.util.Random;
import latentlab.model.block.Dense;
import latentlab.model.block.Net;
import latentlab.model.block.ParameterStore;
import latentlab.model.testing.EngineFixture;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.api.Test;

class ContractionTest extends EngineTest {
    @Test
    void analyticFormMatchesTheJacobianWrittenOutInJava() {
        try (NDManager step = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(step, 5);
            Dense layer = Dense.create(store, "enc", 6, 3);
            Random random = new Random(9);
            NDArray x = EngineFixture.gaussian(step, random, 2, 6);
            NDArray h = Activation.sigmoid(layer.forward(x));
            float[] hv = h.toFloatArray();
            float[] w = layer.weight().getArray().toFloatArray();
            double expected = 0;
            for (int n = 0; n < 2; n++) {
                for (int j = 0; j < 3; j++) {
                    double slope = hv[n * 3 + j] * (1 - hv[n * 3 + j]);
                    for (int i = 0; i < 6; i++) {
                        double dij = slope * w[j * 6 + i];
                        expected += dij * dij;
                    }
                }
            }
            assertEquals(expected / 2, Contraction.sigmoidLayer(h, layer.weight().getArray()).getFloat(), 1e-6);
        }
    }

    @Test
    void finiteDifferenceEstimateAgreesWithTheAnalyticValue() {
        Engine.seed(11);
        try (NDManager step = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(step, 6);
            Dense layer = Dense.create(store, "enc", 64, 8);
            Net encoder = x -> Activation.sigmoid(layer.forward(x));
            NDArray x = EngineFixture.gaussian(step, new Random(2), 3, 64);
            NDArray h = encoder.forward(x);
            float analytic = Contraction.sigmoidLayer(h, layer.weight().getArray()).getFloat();
            float estimate = Contraction.finiteDifference(encoder, x, h, 4000, 1e-3f).getFloat();
            assertEquals(analytic, estimate, 0.05 * analytic, "estimate " + estimate + " vs analytic " + analytic);
        }
    }

    /** The engine's generator draws the directions. */
    private static final class Engine {
        static void seed(int s) {
            ai.djl.engine.Engine.getInstance().setRandomSeed(s);
        }
    }
}
