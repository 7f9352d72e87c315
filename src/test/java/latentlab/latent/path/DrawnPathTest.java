package latentlab.latent.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DrawnPathTest {

    @Test
    void anLShapeIsCutIntoEqualLengthsAroundItsCorner() {
        // (0,0) -> (3,0) -> (3,1): length 4, so 4 steps of 1 each, the third landing on the corner.
        CodePath p = DrawnPath.resample(new float[] {0, 0, 3, 0, 3, 1}, 2, 4);
        assertEquals(5, p.size());
        assertArrayEquals(new float[] {0, 0, 1, 0, 2, 0, 3, 0, 3, 1}, p.codes(), 1e-6f);
    }

    @Test
    void pointsBunchedWhereTheHandSlowedDownDoNotSlowThePath() {
        // Many pointer samples in the first unit, one long stride after: the path still moves evenly.
        float[] drawn = {0, 0, 0.1f, 0, 0.2f, 0, 0.3f, 0, 0.4f, 0, 0.5f, 0, 0.5f, 0, 1, 0, 4, 0};
        CodePath p = DrawnPath.resample(drawn, 2, 8);
        for (int i = 0; i <= 8; i++) {
            assertArrayEquals(new float[] {0.5f * i, 0}, p.code(i), 1e-5f, "point " + i);
        }
    }

    @Test
    void theEndsAreTheDrawnEndsInAnyDimension() {
        float[] drawn = {1, 2, 3, 1, 2, 5, -4, 0, 5};
        CodePath p = DrawnPath.resample(drawn, 3, 7);
        assertArrayEquals(new float[] {1, 2, 3}, p.code(0));
        assertArrayEquals(new float[] {-4, 0, 5}, p.code(7));
        double first = dist(p.code(0), p.code(1));
        for (int i = 1; i < 7; i++) {
            // Equal chords, except where a step cuts the corner at (1,2,5).
            assertEquals(first, dist(p.code(i), p.code(i + 1)), first * 0.35, "step " + i);
        }
    }

    @Test
    void aDotOrHalfAPointIsRefusedWithTheReason() {
        assertEquals("a drawn path needs two distinct points, got 1 point",
                assertThrows(IllegalArgumentException.class,
                        () -> DrawnPath.resample(new float[] {1, 1}, 2, 5)).getMessage());
        assertEquals("a drawn path needs two distinct points, got 3 points on one spot",
                assertThrows(IllegalArgumentException.class,
                        () -> DrawnPath.resample(new float[] {1, 1, 1, 1, 1, 1}, 2, 5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DrawnPath.resample(new float[] {1, 1, 2}, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> DrawnPath.resample(new float[] {0, 0, 1, 1}, 2, 0));
    }

    private static double dist(float[] a, float[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }
}
