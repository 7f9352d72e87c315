package latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import org.junit.jupiter.api.Test;

class PcaCodecTest {
    /** 4x4 images 0.5 + a u + b v for two fixed patterns u, v and random a, b: a plane of pixels. */
    private static Dataset plane(int n, long seed) {
        Random r = new Random(seed);
        float[] px = new float[n * 16];
        for (int i = 0; i < n; i++) {
            double a = r.nextDouble() - 0.5;
            double b = r.nextDouble() - 0.5;
            for (int j = 0; j < 16; j++) {
                double u = j < 8 ? 0.5 : -0.5;
                double v = j % 2 == 0 ? 0.3 : -0.3;
                px[i * 16 + j] = (float) (0.5 + a * u + b * v);
            }
        }
        return new Dataset("plane", px, new int[n], 4, 4, List.of("one"));
    }

    @Test
    void twoComponentsReconstructImagesOfAPlaneExactly() {
        PcaCodec pca = PcaCodec.fit(plane(200, 1), 2);
        assertEquals(ModelKind.PCA, pca.spec().kind());
        assertEquals(2, pca.latentDim());
        assertEquals(16, pca.pixelsPerImage());
        Dataset unseen = plane(5, 2);
        float[] rec = pca.reconstruct(unseen.pixels(), unseen.labels());
        for (int i = 0; i < rec.length; i++) {
            assertEquals(unseen.pixels()[i], rec[i], 1e-5, "pixel " + i);
        }
    }

    @Test
    void oneComponentLosesTheOtherDirectionAndDecodesWithinZeroAndOne() {
        PcaCodec pca = PcaCodec.fit(plane(200, 1), 1);
        float[] far = pca.decode(new float[] {100}, null);
        for (float v : far) {
            assertEquals(true, v == 0 || v == 1, "clipped: " + v);
        }
        Dataset unseen = plane(50, 3);
        float[] rec = pca.reconstruct(unseen.pixels(), unseen.labels());
        double sq = 0;
        for (int i = 0; i < rec.length; i++) {
            sq += (rec[i] - unseen.pixels()[i]) * (rec[i] - unseen.pixels()[i]);
        }
        // The larger direction (u, variance 0.25/12 per pixel) is kept; the smaller (v, 0.09/12) is lost.
        assertEquals(0.09 / 12, sq / rec.length, 0.004);
    }
}
