package latentlab.ui.histogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import latentlab.latent.EmbeddingData;
import org.junit.jupiter.api.Test;

class CodeHistogramViewModelTest {

    private final CodeHistogramViewModel vm = new CodeHistogramViewModel();

    private static EmbeddingData codes(float[] values, int dim) {
        int n = values.length / dim;
        return new EmbeddingData(values, dim, new int[n], List.of("digit"), null, 28);
    }

    @Test
    void everyCodeIsCountedInTheBinOfItsValue() {
        float[] values = new float[300];
        for (int i = 100; i < 300; i++) {
            values[i] = 1;
        }
        vm.setData(codes(values, 1), false);
        CodeHistogramViewModel.Dimension d = vm.dimensionsProperty().get().get(0);
        int[] expected = new int[CodeHistogramViewModel.BINS];
        expected[0] = 100;
        expected[CodeHistogramViewModel.BINS - 1] = 200;
        assertArrayEquals(expected, d.counts(), "100 codes at 0 in the first bin, 200 at 1 in the last");
        assertEquals(0, d.low());
        assertEquals(1, d.high());
        assertEquals("z1   mean +0.67   sd 0.47", d.caption());
        assertNull(d.prior(), "an autoencoder has no prior to draw");
        assertTrue(vm.summaryProperty().get().contains("no prior"), vm.summaryProperty().get());
    }

    @Test
    void aVaeDimensionTheDataDoesNotMoveIsMarkedUnused() {
        Random r = new Random(7);
        int n = 5000;
        float[] values = new float[2 * n];
        for (int i = 0; i < n; i++) {
            values[2 * i] = (float) r.nextGaussian();
            values[2 * i + 1] = (float) (0.01 * r.nextGaussian());
        }
        vm.setData(codes(values, 2), true);
        var dims = vm.dimensionsProperty().get();
        assertTrue(dims.get(0).active(), "z1 spreads like the prior");
        assertTrue(!dims.get(1).active() && dims.get(1).caption().endsWith("unused"), dims.get(1).caption());
        assertTrue(vm.summaryProperty().get().contains("1 of 2 dimensions in use"), vm.summaryProperty().get());

        CodeHistogramViewModel.Dimension z1 = dims.get(0);
        assertTrue(z1.low() <= -3 && z1.high() >= 3, "the span shows the prior's +-3 sigma whole");
        assertEquals(n, Arrays.stream(z1.counts()).sum());
        double expected = Arrays.stream(z1.prior()).sum();
        assertTrue(expected > 0.99 * n && expected <= n, "the prior's expected counts cover the span: " + expected);
        for (int k = 0; k < z1.counts().length; k++) {
            assertEquals(z1.prior()[k], z1.counts()[k], 0.02 * n, "bin " + k + " follows N(0, 1)");
        }
    }

    @Test
    void newCodesOfTheSameModelKeepItsPrior() {
        vm.setData(codes(new float[] {-1, 0, 1, 2}, 1), true);
        vm.updateCodes(codes(new float[] {0, 0, 0, 1}, 1));
        assertTrue(vm.dimensionsProperty().get().get(0).prior() != null);
        assertEquals(4, Arrays.stream(vm.dimensionsProperty().get().get(0).counts()).sum());
    }

    @Test
    void largeCodesShowTheirFirstDimensionsAndSaySo() {
        int dim = CodeHistogramViewModel.MAX_DIMENSIONS + 8;
        float[] values = new float[10 * dim];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 13;
        }
        vm.setData(codes(values, dim), false);
        assertEquals(CodeHistogramViewModel.MAX_DIMENSIONS, vm.dimensionsProperty().get().size());
        assertTrue(vm.summaryProperty().get().contains("(the first 32 of 40)"), vm.summaryProperty().get());
    }

    @Test
    void theNormalCdfHasItsKnownValues() {
        assertEquals(0.5, CodeHistogramViewModel.normalCdf(0), 1e-7);
        assertEquals(0.975002, CodeHistogramViewModel.normalCdf(1.96), 1e-6);
        assertEquals(0.158655, CodeHistogramViewModel.normalCdf(-1), 1e-6);
    }
}
