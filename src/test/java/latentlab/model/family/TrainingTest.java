package latentlab.model.family;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import latentlab.model.Settings;
import latentlab.model.Autoencoder;
import latentlab.model.ModelKind;
import latentlab.model.testing.EngineTest;
import latentlab.model.testing.Sgd;
import latentlab.model.testing.SmallSpecs;
import latentlab.model.testing.SyntheticImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A short run per kind: if gradients did not reach the weights, or had the wrong sign, the loss would not fall. */
class TrainingTest extends EngineTest {
    private static final SyntheticImages DATA = new SyntheticImages(64, SmallSpecs.SIDE, SmallSpecs.CLASSES, 11);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "AE, 0.005",
        "DAE, 0.005",
        "SPARSE_AE, 0.005",
        "CAE, 0.01",
        "CONV_AE, 0.002",
        "VAE, 0.005",
        "CVAE, 0.005",
        "CONV_VAE, 0.002",
    })
    void aShortRunLowersTheValidationLoss(ModelKind kind, float lr) {
        try (Autoencoder model = Autoencoders.create(SmallSpecs.of(kind), manager, 21)) {
            float before = Sgd.evaluate(model, DATA);
            Sgd.train(model, DATA, 150, lr);
            float after = Sgd.evaluate(model, DATA);
            assertTrue(after < 0.7f * before, kind + ": loss went from " + before + " to " + after);
        }
    }

    @Test
    void trainedConditionalDecoderDrawsTheBarOfTheClassAskedFor() {
        try (Autoencoder model = Autoencoders.create(SmallSpecs.of(ModelKind.CVAE), manager, 21);
                NDManager step = manager.newSubManager()) {
            Sgd.train(model, DATA, 600, 0.01f);
            // The prior's centre, once per class: only the label tells the decoder what to draw.
            float[] images = model.decode(step.zeros(new Shape(SmallSpecs.CLASSES, SmallSpecs.LATENT)),
                    step.create(new int[] {0, 1, 2, 3})).toFloatArray();
            int side = SmallSpecs.SIDE;
            for (int c = 0; c < SmallSpecs.CLASSES; c++) {
                int line = (c / 2 * 2 + 1) % side;
                double onBar = 0;
                double offBar = 0;
                for (int r = 0; r < side; r++) {
                    for (int col = 0; col < side; col++) {
                        float v = images[(c * side + r) * side + col];
                        if (c % 2 == 0 ? r == line : col == line) {
                            onBar += v / side;
                        } else {
                            offBar += v / (side * side - side);
                        }
                    }
                }
                assertTrue(onBar > 3 * offBar, "class " + c + ": bar " + onBar + ", elsewhere " + offBar);
            }
        }
    }

    @Test
    void aDeeperContractiveEncoderTrainsWithTheEstimatedPenalty() {
        var spec = SmallSpecs.of(ModelKind.CAE).with(Settings.HIDDEN, java.util.List.of(16));
        try (Autoencoder model = Autoencoders.create(spec, manager, 21);
                NDManager step = manager.newSubManager()) {
            float penalty = model.loss(DATA.images(step), null, latentlab.model.StepContext.EVAL)
                    .terms().get(latentlab.model.LossTerms.CONTRACTION).getFloat();
            assertTrue(penalty > 0 && Float.isFinite(penalty), "estimated penalty " + penalty);
            float before = Sgd.evaluate(model, DATA);
            Sgd.train(model, DATA, 300, 0.01f);
            float after = Sgd.evaluate(model, DATA);
            // The estimate is noisy (a few random directions), so compare with a margin.
            assertTrue(after < 0.6f * before, "loss went from " + before + " to " + after);
        }
    }
}
