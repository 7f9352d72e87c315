package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import latentlab.data.Dataset;
import org.junit.jupiter.api.Test;

class AnomalyReportTest {
    /** Image i is flat at brightness (i mod 5) / 4, labelled 0 when its brightness is at most 1/4. */
    private static Dataset flatImages(int n) {
        float[] px = new float[n * 16];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(px, i * 16, (i + 1) * 16, (i % 5) / 4f);
            labels[i] = i % 5 <= 1 ? 0 : 1 + i % 3;
        }
        return new Dataset("flat", px, labels, 4, 4, List.of("a", "b", "c", "d"));
    }

    @Test
    void everyImageIsMeasuredInBothUnitsAcrossChunks() {
        int n = ReconstructionErrors.CHUNK + 6;
        ScalingCodec halving = new ScalingCodec(0.5f);
        ReconstructionErrors e = ReconstructionErrors.of(halving, flatImages(n));
        assertEquals(n, e.size());
        assertEquals(ReconstructionErrors.CHUNK, halving.largestCall, "never more than a chunk at once");
        for (int i : new int[] {0, 3, n - 1}) {
            double x = (i % 5) / 4.0;
            double y = x / 2;
            assertEquals((x - y) * (x - y), e.mse()[i], 1e-7, "image " + i);
            double bce = -(x * (y == 0 ? -100 : Math.log(y)) + (1 - x) * Math.log(1 - y));
            assertEquals(bce, e.bce()[i], 1e-6, "image " + i);
        }
    }

    @Test
    void theWorstAreTheBrightestWithTiesInSetOrder() {
        ReconstructionErrors e = ReconstructionErrors.of(new ScalingCodec(0.5f), flatImages(12));
        // Brightness 1 (the largest error) at images 4 and 9, then 3/4 at 3 and 8.
        assertArrayEquals(new int[] {4, 9, 3}, e.worst(ErrorMetric.MSE, 3));
        assertEquals(12, e.worst(ErrorMetric.BCE, 50).length);
    }

    @Test
    void theReportSeparatesTheNormalClassByError() {
        Dataset set = flatImages(20);
        AnomalyReport r = AnomalyReport.of(ReconstructionErrors.of(new ScalingCodec(0.5f), set), set.labels(), 0,
                ErrorMetric.MSE, 4);
        // Class 0 holds the darkest images, which halving spoils least: a perfect detector.
        assertEquals(1, r.roc().auc(), 1e-12);
        assertEquals(8, r.roc().negatives());
        assertEquals(12, r.roc().positives());
        assertEquals(20, r.histogram().total());
        assertArrayEquals(new int[] {4, 9, 14, 19}, r.worst());
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, r.worstErrors(), 1e-7);
        // Mean of (x/2)^2 over brightness 0, 1/4, 1/2, 3/4, 1 in equal numbers.
        assertEquals((0 + 1 / 64.0 + 1 / 16.0 + 9 / 64.0 + 1 / 4.0) / 5, r.meanError(), 1e-7);
        assertEquals(List.of("per-pixel MSE", "histogram", "ROC curve", "ROC AUC"),
                r.explanations().stream().map(Explanation::name).toList());
    }

    @Test
    void labelsThatDoNotMatchAreRefused() {
        Dataset set = flatImages(5);
        ReconstructionErrors e = ReconstructionErrors.of(new ScalingCodec(1), set);
        assertThrows(IllegalArgumentException.class, () -> AnomalyReport.of(e, new int[3], 0, ErrorMetric.BCE, 1));
    }
}
