package latentlab.latent.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InterpolationTest {
    @Test
    void aLinearPathRunsAtEvenStepsFromEndToEnd() {
        CodePath p = Interpolation.linear(new float[] {0, 4}, new float[] {2, 0}, 4);
        assertEquals(5, p.size());
        assertArrayEquals(new float[] {0, 4}, p.code(0));
        assertArrayEquals(new float[] {1, 2}, p.code(2));
        assertArrayEquals(new float[] {2, 0}, p.code(4));
        assertArrayEquals(new float[] {0, 4, 0.5f, 3, 1, 2, 1.5f, 1, 2, 0}, p.codes());
    }

    @Test
    void aSphericalPathKeepsTheLengthOfEqualLengthCodes() {
        CodePath p = Interpolation.spherical(new float[] {2, 0}, new float[] {0, 2}, 2);
        // The midpoint lies on the circle of radius 2 (a straight line would cut to length sqrt 2).
        float h = (float) Math.sqrt(2);
        assertArrayEquals(new float[] {h, h}, p.code(1), 1e-6f);
        assertArrayEquals(new float[] {2, 0}, p.code(0), 1e-6f);
        assertArrayEquals(new float[] {0, 2}, p.code(2), 1e-6f);
        float[] third = Interpolation.slerp(new float[] {2, 0}, new float[] {0, 2}, 1.0 / 3);
        assertArrayEquals(new float[] {(float) Math.sqrt(3), 1}, third, 1e-6f);
    }

    @Test
    void parallelOrZeroCodesFollowTheStraightLine() {
        assertArrayEquals(new float[] {2, 0}, Interpolation.slerp(new float[] {1, 0}, new float[] {3, 0}, 0.5), 1e-6f);
        assertArrayEquals(new float[] {0, 0}, Interpolation.slerp(new float[] {1, 0}, new float[] {-1, 0}, 0.5), 1e-6f);
        assertArrayEquals(new float[] {0.5f, 1}, Interpolation.slerp(new float[] {0, 0}, new float[] {1, 2}, 0.5),
                1e-6f);
    }
}
