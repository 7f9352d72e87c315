package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LbfgsTest {
    /** (1 - x)^2 + 100 (y - x^2)^2: a curved valley, least at (1, 1). */
    private static final Lbfgs.Objective ROSENBROCK = (x, g) -> {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    };

    @Test
    void findsTheMinimumOfAQuadratic() {
        // f = x'Ax/2 - b'x with A = [[3,1],[1,2]], b = (1,1): the minimum is A^-1 b = (1/5, 2/5).
        Lbfgs.Objective f = (x, g) -> {
            g[0] = 3 * x[0] + x[1] - 1;
            g[1] = x[0] + 2 * x[1] - 1;
            return (3 * x[0] * x[0] + 2 * x[0] * x[1] + 2 * x[1] * x[1]) / 2 - x[0] - x[1];
        };
        Lbfgs.Result r = Lbfgs.minimize(f, new double[2], 1e-10, 100);
        assertTrue(r.converged());
        assertArrayEquals(new double[] {0.2, 0.4}, r.x(), 1e-9);
        assertEquals(-0.3, r.value(), 1e-12);
    }

    @Test
    void followsRosenbrocksValleyToItsEnd() {
        Lbfgs.Result r = Lbfgs.minimize(ROSENBROCK, new double[] {-1.2, 1}, 1e-8, 500);
        assertTrue(r.converged(), "stopped after " + r.iterations());
        assertArrayEquals(new double[] {1, 1}, r.x(), 1e-6);
    }

    @Test
    void theBudgetStopsItAndSaysSo() {
        Lbfgs.Result r = Lbfgs.minimize(ROSENBROCK, new double[] {-1.2, 1}, 1e-8, 3);
        assertEquals(3, r.iterations());
        assertFalse(r.converged());
    }
}
