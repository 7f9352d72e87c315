package latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SelectionTest {

    private final float[] xy = {0, 0, 1, 1, 1.6f, 2.5f, 3, 0, 1, 3, 2.5f, 1};

    @Test
    void boxSelectsPointsBetweenItsCornersInAnyOrder() {
        assertArrayEquals(new int[] {1, 2, 5}, Selection.inBox(xy, 2.6, 2.6, 0.5, 0.5));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, Selection.inBox(xy, -1, -1, 4, 4));
    }

    @Test
    void lassoFollowsAConcaveOutline() {
        // A "U" shape: the notch (x 1..2, y 1.5..4) is outside.
        double[] u = {-0.5, -0.5, 3.5, -0.5, 3.5, 4, 2, 4, 2, 1.5, 1.2, 1.5, 1.2, 4, -0.5, 4};
        assertArrayEquals(new int[] {0, 1, 3, 4, 5}, Selection.inLasso(xy, u),
                "point 2 at (1.6,2.5) lies in the notch; point 4 at (1,3) is in the left arm");
    }

    @Test
    void degenerateLassoSelectsNothing() {
        assertArrayEquals(new int[0], Selection.inLasso(xy, new double[] {0, 0, 1, 1}));
    }
}
