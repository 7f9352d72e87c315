package latentlab.model.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.model.Settings;
import latentlab.model.Autoencoder;
import latentlab.model.LossTerms;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.StepContext;
import latentlab.model.Tensor;
import latentlab.model.testing.EngineFixture;
import latentlab.model.testing.EngineTest;
import latentlab.model.testing.SmallSpecs;
import latentlab.model.testing.SyntheticImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AutoencodersTest extends EngineTest {
    private static final SyntheticImages DATA = new SyntheticImages(6, SmallSpecs.SIDE, SmallSpecs.CLASSES, 1);
    private static final StepContext TRAINING = new StepContext(3, 30, true);

    private static List<String> expectedTerms(ModelKind kind) {
        return switch (kind) {
            case AE, DAE, CONV_AE -> List.of(LossTerms.RECONSTRUCTION, LossTerms.WEIGHT_DECAY);
            case SPARSE_AE -> List.of(LossTerms.RECONSTRUCTION, LossTerms.SPARSITY, LossTerms.WEIGHT_DECAY);
            case CAE -> List.of(LossTerms.RECONSTRUCTION, LossTerms.CONTRACTION, LossTerms.WEIGHT_DECAY);
            case VAE, CVAE, CONV_VAE -> List.of(LossTerms.RECONSTRUCTION, LossTerms.KL, LossTerms.WEIGHT_DECAY);
            case PCA -> List.of(LossTerms.RECONSTRUCTION);
        };
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyKindEncodesDecodesAndReportsEachTermOfItsLoss(ModelKind kind) {
        ModelSpec spec = SmallSpecs.of(kind);
        try (NDManager step = manager.newSubManager(); Autoencoder model = Autoencoders.create(spec, manager, 7)) {
            NDArray x = DATA.images(step);
            NDArray labels = DATA.labels(step);
            NDArray z = model.encode(x, labels);
            assertArrayEquals(new long[] {6, SmallSpecs.LATENT}, z.getShape().getShape());
            NDArray decoded = model.decode(z, labels);
            assertArrayEquals(new long[] {6, 64}, decoded.getShape().getShape());
            float[] px = decoded.toFloatArray();
            for (float v : px) {
                assertTrue(v >= 0f && v <= 1f, "sigmoid output pixel out of [0,1]: " + v);
            }
            LossTerms loss = model.loss(x, labels, TRAINING);
            assertEquals(expectedTerms(kind), List.copyOf(loss.terms().keySet()));
            double sum = 0;
            for (NDArray t : loss.terms().values()) {
                assertEquals(0, t.getShape().dimension(), "every term is a scalar");
                sum += t.getFloat();
            }
            assertTrue(Float.isFinite(loss.total().getFloat()));
            assertEquals(sum, loss.total().getFloat(), 1e-3 * Math.abs(sum));
            assertTrue(loss.terms().get(LossTerms.RECONSTRUCTION).getFloat() > 0);
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void theSameSeedGivesTheSameModelAndAnotherSeedAnotherOne(ModelKind kind) {
        ModelSpec spec = SmallSpecs.of(kind);
        try (Autoencoder a = Autoencoders.create(spec, manager, 42);
                Autoencoder b = Autoencoders.create(spec, manager, 42);
                Autoencoder c = Autoencoders.create(spec, manager, 43)) {
            assertEquals(a.parameters().keySet(), b.parameters().keySet());
            Map<String, Tensor> va = a.snapshot().values();
            Map<String, Tensor> vb = b.snapshot().values();
            Map<String, Tensor> vc = c.snapshot().values();
            boolean anyDiffers = false;
            for (String name : va.keySet()) {
                assertArrayEquals(va.get(name).data(), vb.get(name).data(), name);
                anyDiffers |= !java.util.Arrays.equals(va.get(name).data(), vc.get(name).data());
            }
            assertTrue(anyDiffers || kind == ModelKind.PCA, "a different seed should give different weights");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"VAE", "CVAE", "CONV_VAE"})
    void variationalInferenceIsDeterministicWhileTrainingSamples(ModelKind kind) {
        try (NDManager step = manager.newSubManager();
                Autoencoder model = Autoencoders.create(SmallSpecs.of(kind), manager, 3)) {
            NDArray x = DATA.images(step);
            NDArray labels = DATA.labels(step);
            float[] z1 = model.encode(x, labels).toFloatArray();
            float[] z2 = model.encode(x, labels).toFloatArray();
            assertArrayEquals(z1, z2, 0f);
            NDArray z = model.encode(x, labels);
            assertArrayEquals(model.decode(z, labels).toFloatArray(), model.decode(z, labels).toFloatArray(), 0f);
            assertEquals(model.loss(x, labels, StepContext.EVAL).total().getFloat(),
                    model.loss(x, labels, StepContext.EVAL).total().getFloat(), 0f);
            StepContext next = new StepContext(TRAINING.epoch(), TRAINING.step() + 1, true);
            assertNotEquals(model.loss(x, labels, TRAINING).terms().get(LossTerms.RECONSTRUCTION).getFloat(),
                    model.loss(x, labels, next).terms().get(LossTerms.RECONSTRUCTION).getFloat(),
                    "each training step draws z = mu + sigma * eps afresh");
            assertEquals(model.loss(x, labels, TRAINING).terms().get(LossTerms.RECONSTRUCTION).getFloat(),
                    model.loss(x, labels, TRAINING).terms().get(LossTerms.RECONSTRUCTION).getFloat(), 0f,
                    "the noise of a step is fixed by the step, so a resumed run draws the same");
        }
    }

    @Test
    void conditionalDecoderGivesADifferentImageForEachClass() {
        try (NDManager step = manager.newSubManager();
                Autoencoder model = Autoencoders.create(SmallSpecs.of(ModelKind.CVAE), manager, 5)) {
            NDArray z = step.zeros(new Shape(SmallSpecs.CLASSES, SmallSpecs.LATENT));
            NDArray classes = step.create(new int[] {0, 1, 2, 3});
            float[] images = model.decode(z, classes).toFloatArray();
            for (int a = 0; a < SmallSpecs.CLASSES; a++) {
                for (int b = a + 1; b < SmallSpecs.CLASSES; b++) {
                    float diff = 0;
                    for (int i = 0; i < 64; i++) {
                        diff = Math.max(diff, Math.abs(images[a * 64 + i] - images[b * 64 + i]));
                    }
                    assertTrue(diff > 1e-3f, "classes " + a + " and " + b + " decode to the same image");
                }
            }
            assertThrows(IllegalArgumentException.class, () -> model.decode(z, null));
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void snapshotRestoresTheSameOutputsInAFreshModel(ModelKind kind) {
        ModelSpec spec = SmallSpecs.of(kind);
        try (NDManager step = manager.newSubManager();
                Autoencoder source = Autoencoders.create(spec, manager, 1);
                Autoencoder target = Autoencoders.create(spec, manager, 2)) {
            NDArray x = DATA.images(step);
            NDArray labels = DATA.labels(step);
            if (kind.isClosedForm()) {
                source.fit(x);
            }
            ParamSnapshot snap = source.snapshot();
            assertEquals(source.parameters().keySet(), snap.values().keySet());
            target.restore(snap);
            assertArrayEquals(source.encode(x, labels).toFloatArray(), target.encode(x, labels).toFloatArray(), 0f);
            NDArray z = source.encode(x, labels);
            assertArrayEquals(source.decode(z, labels).toFloatArray(), target.decode(z, labels).toFloatArray(), 0f);
        }
    }

    @Test
    void restoreRefusesAMismatchedShapeOrAMissingParameterAndNamesIt() {
        try (Autoencoder model = Autoencoders.create(SmallSpecs.of(ModelKind.AE), manager, 1)) {
            ParamSnapshot good = model.snapshot();
            Map<String, Tensor> values = new LinkedHashMap<>(good.values());
            String name = values.keySet().iterator().next();
            values.put(name, new Tensor(new long[] {1, 2}, new float[2]));
            IllegalArgumentException wrongShape = assertThrows(IllegalArgumentException.class,
                    () -> model.restore(new ParamSnapshot(values)));
            assertTrue(wrongShape.getMessage().contains(name), wrongShape.getMessage());

            values.remove(name);
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> model.restore(new ParamSnapshot(values)));
            assertTrue(missing.getMessage().contains(name), missing.getMessage());
            // Nothing was written by the refused restores.
            assertArrayEquals(good.values().get(name).data(), model.snapshot().values().get(name).data(), 0f);
        }
    }

    @Test
    void tiedDecoderSharesTheEncoderWeights() {
        ModelSpec spec = SmallSpecs.of(ModelKind.AE).with(Settings.TIED_WEIGHTS, true);
        try (Autoencoder tied = Autoencoders.create(spec, manager, 1);
                Autoencoder untied = Autoencoders.create(SmallSpecs.of(ModelKind.AE), manager, 1)) {
            long weightsTied = tied.parameters().keySet().stream().filter(n -> n.endsWith("weight")).count();
            long weightsUntied = untied.parameters().keySet().stream().filter(n -> n.endsWith("weight")).count();
            assertEquals(3, weightsTied);
            assertEquals(6, weightsUntied);
            assertThrows(IllegalArgumentException.class,
                    () -> Autoencoders.create(SmallSpecs.of(ModelKind.VAE).with(Settings.TIED_WEIGHTS, true), manager, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void lossesDoNotLeaveArraysInTheModelsManager(ModelKind kind) {
        ModelSpec spec = kind == ModelKind.PCA ? SmallSpecs.of(kind) : SmallSpecs.of(kind).with(Settings.WEIGHT_DECAY, 1e-3);
        try (Autoencoder model = Autoencoders.create(spec, manager, 1)) {
            int before = ((BaseNDManager) model.manager()).getManagedArrays().size();
            for (int i = 0; i < 3; i++) {
                try (NDManager step = manager.newSubManager()) {
                    NDArray x = DATA.images(step);
                    model.loss(x, DATA.labels(step), TRAINING);
                    model.decode(model.encode(x, DATA.labels(step)), DATA.labels(step));
                }
            }
            assertEquals(before, ((BaseNDManager) model.manager()).getManagedArrays().size());
            assertFalse(model.parameters().isEmpty());
        }
    }

    @Test
    void codesAreFloatsLikeTheInput() {
        try (NDManager step = manager.newSubManager();
                Autoencoder model = Autoencoders.create(SmallSpecs.of(ModelKind.VAE), manager, 1)) {
            NDArray x = EngineFixture.gaussian(step, new java.util.Random(1), 2, 64);
            assertEquals(x.getDataType(), model.encode(x, null).getDataType());
            assertEquals(x.getDataType(), model.loss(x, null, TRAINING).total().getDataType());
        }
    }
}
