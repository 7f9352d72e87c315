package latentlab.model.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.nn.Parameter;
import latentlab.model.Autoencoder;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark's FLOPs per image, against the layers the model really has. */
class TrainingFlopsTest extends EngineTest {

    /**
     * In a fully connected model every weight matrix takes part once in a forward pass, one
     * multiply-add per element per image; training is three products of that size.
     */
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"AE", "DAE", "SPARSE_AE", "VAE", "CVAE"})
    void aDenseModelCostsSixFlopsPerWeightOfItsBuiltLayers(ModelKind kind) {
        ModelSpec spec = ModelSpec.defaults(kind, 20);
        long weights = 0;
        try (Autoencoder model = Autoencoders.create(spec, manager, 1)) {
            for (Parameter p : model.parameters().values()) {
                if (p.getType() == Parameter.Type.WEIGHT) {
                    weights += p.getArray().getShape().size();
                }
            }
        }
        assertEquals(6 * weights, TrainingFlops.perImage(spec), kind + " " + spec.hidden());
    }

    @Test
    void theConditionalVaeCountsItsLabelAtTheEncoderAndTheDecoder() {
        ModelSpec vae = ModelSpec.defaults(ModelKind.VAE, 20);
        ModelSpec cvae = ModelSpec.defaults(ModelKind.CVAE, 20);
        // 10 one-hot inputs into the 400-wide first layer of each side.
        assertEquals(6L * 2 * 10 * 400, TrainingFlops.perImage(cvae) - TrainingFlops.perImage(vae));
    }

    @Test
    void theConvolutionalVaeCountsEachKernelAtEachOutputPixel() {
        ModelSpec spec = ModelSpec.defaults(ModelKind.CONV_VAE, 20);
        long macs = 9L * 1 * 16 * 28 * 28 // 3x3 conv 1->16 at 28x28
                + 9L * 16 * 32 * 14 * 14 // 3x3 conv 16->32 at 14x14
                + 32L * 7 * 7 * 40 // dense 1568 -> (mu, logvar)
                + 20L * 32 * 7 * 7 // dense code -> 1568
                + 16L * 32 * 16 * 7 * 7 // 4x4 transposed conv 32->16 from 7x7
                + 16L * 16 * 1 * 14 * 14; // 4x4 transposed conv 16->1 from 14x14
        assertEquals(6 * macs, TrainingFlops.perImage(spec));
    }
}
