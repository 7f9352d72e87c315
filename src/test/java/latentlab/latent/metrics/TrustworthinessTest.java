package latentlab.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class TrustworthinessTest {
    /**
     * Five points on a line, X = (0, 1, 3, 7, 12), shown as Y = (0, 2, 5, 4, 12), k = 1.
     *
     * <p>Nearest neighbours in X: 0-&gt;1, 1-&gt;0, 2-&gt;1, 3-&gt;2, 4-&gt;3. In Y: 0-&gt;1,
     * 1-&gt;0 (0 and 3 both at 2: the lower index wins), 2-&gt;3, 3-&gt;2, 4-&gt;2.
     *
     * <p>Trustworthiness: false neighbours in Y are 3 for point 2 (rank 3 in X: 1 at 2, 0 at 3,
     * 3 at 4) and 2 for point 4 (rank 2 in X: 3 at 5, 2 at 9): sum (3-1) + (2-1) = 3,
     * T = 1 - 2/(5*1*(10-3-1)) * 3 = 0.8.
     *
     * <p>Continuity: torn-away neighbours are 1 for point 2 (rank 2 in Y: 3 at 1, 1 at 3) and 3 for
     * point 4 (rank 2 in Y: 2 at 7, 3 at 8): sum 1 + 1 = 2, C = 1 - 2/30 * 2 = 0.8667.
     */
    @Test
    void matchesAHandComputedExample() {
        float[] x = {0, 1, 3, 7, 12};
        float[] y = {0, 2, 5, 4, 12};
        assertEquals(0.8, Trustworthiness.trustworthiness(x, 1, y, 1, 1), 1e-12);
        assertEquals(1 - 4.0 / 30, Trustworthiness.continuity(x, 1, y, 1, 1), 1e-12);
    }

    @Test
    void aViewThatKeepsEveryDistanceIsPerfect() {
        Random r = new Random(3);
        float[] points = gaussian(r, 200 * 5);
        float[] scaled = points.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 3;
        }
        assertEquals(1.0, Trustworthiness.trustworthiness(points, 5, scaled, 5, 10), 1e-12);
        assertEquals(1.0, Trustworthiness.continuity(points, 5, scaled, 5, 10), 1e-12);
    }

    @Test
    void aRandomViewIsNoBetterThanChance() {
        Random r = new Random(4);
        float[] points = gaussian(r, 300 * 10);
        float[] view = gaussian(r, 300 * 2);
        double t = Trustworthiness.trustworthiness(points, 10, view, 2, 10);
        double c = Trustworthiness.continuity(points, 10, view, 2, 10);
        // Random ranks: the expected sum gives T = C = 0.5 up to sampling noise.
        assertTrue(t > 0.4 && t < 0.6, "T = " + t);
        assertTrue(c > 0.4 && c < 0.6, "C = " + c);
    }

    @Test
    void aProjectionBringsFarPointsTogetherMoreThanItTearsNeighboursApart() {
        // Points close in 5-D are close in every coordinate, so they stay close in the plane of the
        // first two (continuity stays high); points far apart in the other three coordinates can
        // land side by side (false neighbours: trustworthiness drops further).
        Random r = new Random(5);
        float[] points = gaussian(r, 300 * 5);
        float[] view = new float[300 * 2];
        for (int i = 0; i < 300; i++) {
            view[2 * i] = points[5 * i];
            view[2 * i + 1] = points[5 * i + 1];
        }
        double t = Trustworthiness.trustworthiness(points, 5, view, 2, 10);
        double c = Trustworthiness.continuity(points, 5, view, 2, 10);
        assertTrue(t < c && c < 1, "T = " + t + ", C = " + c);
    }

    @Test
    void refusesNeighbourhoodsOfHalfThePointsOrMore() {
        float[] x = {0, 1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> Trustworthiness.trustworthiness(x, 1, x, 1, 2));
    }

    @Test
    void stopsWhenCancelled() {
        float[] x = gaussian(new Random(6), 100);
        assertThrows(CancellationException.class, () -> Trustworthiness.measure(x, 1, x, 1, 5, () -> true));
    }

    private static float[] gaussian(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }
}
