package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionTest {
    @TempDir
    Path tmp;

    @Test
    void theTrainedKindsLeavePcaOutAndEachModelHasAName() {
        assertEquals(List.of(ModelKind.AE, ModelKind.VAE),
                new CompressionSweep(CompressionSweep.COURSE_KINDS, List.of(2), 1, "mnist", 1,
                        CompressionSweep.COURSE_HIDDEN).trainedKinds());
        assertEquals("vae-8", CompressionSweep.modelName(ModelKind.VAE, 8));
        assertEquals("code sizes must be positive and ascending, got [4, 2]", assertThrows(
                IllegalArgumentException.class, () -> new CompressionSweep(List.of(ModelKind.AE), List.of(4, 2), 1,
                        "mnist", 1, CompressionSweep.COURSE_HIDDEN)).getMessage());
    }

    @Test
    void aPointIsTheMeanErrorOverTheValidationImages() {
        float[] px = new float[2 * 16];
        Arrays.fill(px, 16, 32, 1f);
        Dataset validation = new Dataset("two", px, new int[2], 4, 4, List.of("one"));
        CompressionPoint p = CompressionPoint.measure(ModelKind.AE, 3, new ScalingCodec(0.5f), validation);
        // A black image is kept exactly; a white one becomes grey: (0 + 0.25) / 2 and (0 + ln 2) / 2.
        assertEquals(0.125, p.mse(), 1e-7);
        assertEquals(Math.log(2) / 2, p.bce(), 1e-6);
        assertEquals(16, p.codeSize());
        assertEquals(1.0, p.compressionRatio());
    }

    @Test
    void moreComponentsReconstructBetter() {
        Random r = new Random(2);
        float[] px = new float[300 * 16];
        for (int i = 0; i < px.length; i++) {
            px[i] = r.nextFloat();
        }
        Dataset all = new Dataset("noise", px, new int[300], 4, 4, List.of("one"));
        DataSplit data = new DataSplit("noise", all.subset("noise/train", range(0, 250)),
                all.subset("noise/validation", range(250, 300)));
        double previous = Double.POSITIVE_INFINITY;
        for (int k : new int[] {1, 4, 8, 16}) {
            CompressionPoint p = CompressionPoint.pca(data, k);
            assertEquals(0, p.epochs());
            assertTrue(p.mse() < previous, k + " components: " + p.mse() + " after " + previous);
            previous = p.mse();
        }
        assertEquals(0, previous, 1e-6, "16 components of 16 pixels keep everything");
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
