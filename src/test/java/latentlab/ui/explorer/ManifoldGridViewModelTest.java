package latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import latentlab.latent.ManifoldGrid;
import latentlab.latent.MlpCodec;
import latentlab.model.ModelKind;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.task.WorkerPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ManifoldGridViewModelTest {

    private final WorkerPool inference = new WorkerPool("grid-test", 1, Runnable::run);
    private final CodecAccess access = new CodecAccess(inference);
    private final ManifoldGridViewModel vm = new ManifoldGridViewModel(access);

    @AfterEach
    void close() {
        inference.close();
    }

    @Test
    void vaeGridUsesPriorQuantilesAndDecodesEveryCell() throws Exception {
        MlpCodec codec = new MlpCodec(ModelKind.VAE, 3);
        access.setCodec(codec);
        vm.setData(ExplorerFixtures.data(3), true);
        assertTrue(inference.awaitIdle(5, TimeUnit.SECONDS));
        var g = vm.gridProperty().get();
        assertEquals(15, g.size());
        assertArrayEquals(ManifoldGrid.priorQuantiles(15), g.xs(), 1e-12);
        assertEquals(15 * 15 * 784, g.images().length);
        // The top-left cell is (smallest x, largest y) with the third dimension at the prior mean 0.
        float[] corner = {(float) g.xs()[0], (float) g.ys()[14], 0};
        assertArrayEquals(codec.decode(corner, null), Arrays.copyOf(g.images(), 784), 1e-6f);
    }

    @Test
    void autoencoderGridSpansTheCodesOfTheChosenDims() throws Exception {
        access.setCodec(new MlpCodec(ModelKind.AE, 4));
        vm.setData(ExplorerFixtures.data(4), false);
        vm.sizeProperty().set(5);
        vm.dimXProperty().set(3);
        vm.dimYProperty().set(1);
        assertTrue(inference.awaitIdle(5, TimeUnit.SECONDS));
        var g = vm.gridProperty().get();
        assertArrayEquals(new double[] {3, 5.5, 8, 10.5, 13}, g.xs(), 1e-5);
        assertArrayEquals(new double[] {1, 3.5, 6, 8.5, 11}, g.ys(), 1e-5);
        assertEquals(3, g.dimX());
    }

    @Test
    void sameDimensionTwiceIsRefusedWithAMessage() {
        access.setCodec(new MlpCodec(ModelKind.AE, 3));
        vm.setData(ExplorerFixtures.data(3), false);
        vm.dimXProperty().set(1);
        assertTrue(vm.messageProperty().get().contains("two different dimensions"));
    }
}
