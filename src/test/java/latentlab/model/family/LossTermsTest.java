package latentlab.model.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import latentlab.model.Autoencoder;
import latentlab.model.LossTerms;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.model.StepContext;
import latentlab.model.testing.EngineTest;
import latentlab.model.testing.SmallSpecs;
import latentlab.model.testing.SyntheticImages;
import org.junit.jupiter.api.Test;

/** Each loss term a setting adds, checked against its formula on a small batch. */
class LossTermsTest extends EngineTest {
    private static final SyntheticImages DATA = new SyntheticImages(6, SmallSpecs.SIDE, SmallSpecs.CLASSES, 1);
    private static final StepContext TRAINING = new StepContext(3, 30, true);

    @Test
    void weightDecayIsReportedAsItsOwnTerm() {
        ModelSpec spec = SmallSpecs.of(ModelKind.AE).with(Settings.WEIGHT_DECAY, 1e-2);
        try (NDManager step = manager.newSubManager(); Autoencoder model = Autoencoders.create(spec, manager, 1)) {
            double expected = 0;
            for (var e : model.snapshot().values().entrySet()) {
                if (e.getKey().endsWith("weight")) {
                    for (float v : e.getValue().data()) {
                        expected += v * v;
                    }
                }
            }
            float got = model.loss(DATA.images(step), null, TRAINING).terms().get(LossTerms.WEIGHT_DECAY).getFloat();
            assertEquals(1e-2 * expected, got, 1e-4 * expected);
        }
    }

    @Test
    void sparsityTermIsLambdaTimesTheMeanL1NormOfTheCodes() {
        ModelSpec spec = SmallSpecs.of(ModelKind.SPARSE_AE).with(Settings.SPARSITY, 0.25);
        try (NDManager step = manager.newSubManager(); Autoencoder model = Autoencoders.create(spec, manager, 1)) {
            NDArray x = DATA.images(step);
            double l1 = 0;
            for (float v : model.encode(x, null).toFloatArray()) {
                l1 += Math.abs(v);
            }
            float got = model.loss(x, null, TRAINING).terms().get(LossTerms.SPARSITY).getFloat();
            assertEquals(0.25 * l1 / 6, got, 1e-5);
        }
    }

    @Test
    void klWarmUpScalesTheReportedKlTerm() {
        ModelSpec spec = SmallSpecs.of(ModelKind.VAE).with(Settings.KL_WARMUP, 4);
        try (NDManager step = manager.newSubManager(); Autoencoder model = Autoencoders.create(spec, manager, 1)) {
            NDArray x = DATA.images(step);
            float start = model.loss(x, null, new StepContext(0, 0, false)).terms().get(LossTerms.KL).getFloat();
            float half = model.loss(x, null, new StepContext(2, 0, false)).terms().get(LossTerms.KL).getFloat();
            float full = model.loss(x, null, new StepContext(7, 0, false)).terms().get(LossTerms.KL).getFloat();
            assertEquals(0f, start, 0f);
            assertTrue(full > 0);
            assertEquals(full / 2, half, 1e-6f);
        }
    }

    @Test
    void freeBitsChargeEveryDimensionAtLeastItsFloorAndNothingMoreAboveIt() {
        try (NDManager step = manager.newSubManager()) {
            NDArray x = DATA.images(step);
            float plain = kl(SmallSpecs.of(ModelKind.VAE), x);
            // A fresh encoder's dimensions each carry far less than 2 nats: each is charged the floor.
            assertEquals(SmallSpecs.LATENT * 2f, kl(SmallSpecs.of(ModelKind.VAE).with(Settings.FREE_BITS, 2.0), x),
                    1e-5f);
            // A floor below every dimension's KL changes nothing.
            assertEquals(plain, kl(SmallSpecs.of(ModelKind.VAE).with(Settings.FREE_BITS, 1e-9), x), 1e-6f);
            assertTrue(plain > 0 && plain < SmallSpecs.LATENT * 2f, "the fixture's KL: " + plain);
        }
    }

    private float kl(ModelSpec spec, NDArray x) {
        try (Autoencoder model = Autoencoders.create(spec, manager, 1)) {
            return model.loss(x, null, StepContext.EVAL).terms().get(LossTerms.KL).getFloat();
        }
    }

    @Test
    void denoisingScoresCorruptedInputsAgainstCleanOnesButEncodesInputsAsTheyAre() {
        try (NDManager step = manager.newSubManager();
                Autoencoder model = Autoencoders.create(SmallSpecs.of(ModelKind.DAE), manager, 1)) {
            NDArray x = DATA.images(step);
            ai.djl.engine.Engine.getInstance().setRandomSeed(5);
            float evalA = model.loss(x, null, StepContext.EVAL).total().getFloat();
            ai.djl.engine.Engine.getInstance().setRandomSeed(5);
            float evalB = model.loss(x, null, StepContext.EVAL).total().getFloat();
            assertEquals(evalA, evalB, 0f, "the same seed gives the same validation noise");
            float trainA = model.loss(x, null, TRAINING).total().getFloat();
            float trainB = model.loss(x, null, TRAINING).total().getFloat();
            assertNotEquals(trainA, trainB, "fresh noise each training step");
            float clean = model.decode(model.encode(x, null), null).sub(x).square().sum().getFloat();
            assertEquals(clean, model.decode(model.encode(x, null), null).sub(x).square().sum().getFloat(), 0f,
                    "encoding is deterministic: no noise");
        }
    }
}
