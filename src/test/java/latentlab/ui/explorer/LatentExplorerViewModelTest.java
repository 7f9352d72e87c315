package latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import latentlab.latent.MlpCodec;
import latentlab.latent.RangeRule;
import latentlab.model.ModelKind;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.task.WorkerPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LatentExplorerViewModelTest {

    private final WorkerPool inference = new WorkerPool("explorer-test", 1, Runnable::run);
    private final CodecAccess access = new CodecAccess(inference);
    private final LatentExplorerViewModel vm = new LatentExplorerViewModel(access);

    @AfterEach
    void close() {
        inference.close();
    }

    @Test
    void autoencoderSlidersSpanTheCodes() {
        access.setCodec(new MlpCodec(ModelKind.AE, 3));
        vm.setData(ExplorerFixtures.data(3), false);
        assertEquals(RangeRule.DATA_MIN_MAX, vm.rangeRuleProperty().get());
        assertArrayEquals(new double[] {2, 12}, vm.rangesProperty().get().get(2), 1e-5);
        assertEquals(3, vm.sliderCount());
    }

    @Test
    void variationalSlidersSpanThePriorAndCanSwitchToTheData() {
        access.setCodec(new MlpCodec(ModelKind.VAE, 3));
        vm.setData(ExplorerFixtures.data(3), true);
        assertArrayEquals(new double[] {-3, 3}, vm.rangesProperty().get().get(2), 1e-9);
        vm.rangeRuleProperty().set(RangeRule.DATA_MIN_MAX);
        assertArrayEquals(new double[] {2, 12}, vm.rangesProperty().get().get(2), 1e-5);
        assertEquals("Sample from prior", vm.sampleButtonText());
    }

    @Test
    void whileASliderIsDraggedOnlyTheLatestCodeIsDecoded() throws Exception {
        MlpCodec codec = new MlpCodec(ModelKind.AE, 4);
        codec.decodeDelayMillis = 20;
        access.setCodec(codec);
        vm.setData(ExplorerFixtures.data(4), false);
        for (int step = 0; step <= 100; step++) {
            vm.setDimension(0, step / 10.0);
        }
        assertTrue(inference.awaitIdle(10, TimeUnit.SECONDS));
        assertTrue(codec.decodeCalls < 10, "101 slider positions, " + codec.decodeCalls + " decodes");
        float[] expected = codec.decode(vm.codeProperty().get(), null);
        assertArrayEquals(expected, vm.decodedProperty().get(), "the image is that of the final code");
        assertEquals(10f, vm.codeProperty().get()[0], 1e-6);
    }

    @Test
    void resetSampleAndEncodeCommandsMoveTheCode() throws Exception {
        MlpCodec codec = new MlpCodec(ModelKind.AE, 2);
        access.setCodec(codec);
        vm.setData(ExplorerFixtures.data(2), false);
        assertArrayEquals(new float[] {5, 6}, vm.codeProperty().get(), 1e-4f);
        vm.setRandomSeed(1);
        vm.sampleFromPrior();
        float[] sampled = vm.codeProperty().get();
        assertTrue(sampled[0] != 5f);
        vm.encodeSample(7);
        assertTrue(inference.awaitIdle(5, TimeUnit.SECONDS));
        assertArrayEquals(codec.encode(ExplorerFixtures.data(2).image(7), null), vm.codeProperty().get(), 1e-6f);
        vm.resetToMean();
        assertArrayEquals(new float[] {5, 6}, vm.codeProperty().get(), 1e-4f);
        vm.encodeSample(-1);
        assertTrue(vm.messageProperty().get().contains("Select a sample"));
    }
}
