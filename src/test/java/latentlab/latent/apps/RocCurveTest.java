package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RocCurveTest {
    private static final boolean T = true;
    private static final boolean F = false;

    @Test
    void perfectSeparationIsOneAndInvertedIsZero() {
        RocCurve perfect = RocCurve.of(new double[] {1, 2, 3, 4}, new boolean[] {F, F, T, T});
        assertEquals(1, perfect.auc(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 0.5, 1}, perfect.falsePositiveRate(), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 1, 1, 1}, perfect.truePositiveRate(), 1e-12);
        RocCurve inverted = RocCurve.of(new double[] {1, 2, 3, 4}, new boolean[] {T, T, F, F});
        assertEquals(0, inverted.auc(), 1e-12);
    }

    @Test
    void aucCountsThePairsThatArePutInOrder() {
        // Anomalies 0.9 and 0.4 against normals 0.5, 0.3, 0.1: 0.9 beats three, 0.4 beats two.
        RocCurve roc = RocCurve.of(new double[] {0.9, 0.5, 0.4, 0.3, 0.1}, new boolean[] {T, F, T, F, F});
        assertEquals(5.0 / 6, roc.auc(), 1e-12);
        assertEquals(2, roc.positives());
        assertEquals(3, roc.negatives());
    }

    @Test
    void tiesCountHalfAndMoveTheCurveDiagonally() {
        // Anomalies 2 and 3, normals 1 and 2: pairs (2,1) 1, (2,2) 1/2, (3,1) 1, (3,2) 1 = 3.5 of 4.
        RocCurve roc = RocCurve.of(new double[] {1, 2, 2, 3}, new boolean[] {F, T, F, T});
        assertEquals(0.875, roc.auc(), 1e-12);
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 3, 2, 1}, roc.thresholds());
        assertArrayEquals(new double[] {0, 0, 0.5, 1}, roc.falsePositiveRate(), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 1, 1}, roc.truePositiveRate(), 1e-12);
        assertEquals(0.875, roc.trapezoidArea(), 1e-12);
        assertEquals(0.5, RocCurve.of(new double[] {7, 7, 7}, new boolean[] {T, F, F}).auc(), 1e-12);
    }

    @Test
    void theRankFormulaAndTheAreaUnderTheDrawnCurveAgree() {
        Random r = new Random(3);
        double[] scores = new double[500];
        boolean[] positive = new boolean[500];
        for (int i = 0; i < scores.length; i++) {
            positive[i] = r.nextInt(4) == 0;
            // Rounded, so that many scores tie; anomalies score a little higher on average.
            scores[i] = Math.round((r.nextGaussian() + (positive[i] ? 0.7 : 0)) * 4) / 4.0;
        }
        RocCurve roc = RocCurve.of(scores, positive);
        assertEquals(roc.auc(), roc.trapezoidArea(), 1e-12);
        double pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (positive[i] && !positive[j]) {
                    pairs += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(pairs / (roc.positives() * (double) roc.negatives()), roc.auc(), 1e-12);
    }

    @Test
    void oneSidedSetsAreRefusedWithTheCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new double[] {1, 2}, new boolean[] {F, F}));
        assertEquals("a ROC curve needs both normal and anomalous samples; got 2 normal and 0 anomalous",
                e.getMessage());
    }
}
