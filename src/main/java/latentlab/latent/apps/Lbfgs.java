package latentlab.latent.apps;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limited-memory BFGS (Nocedal and Wright, algorithm 7.4, two-loop recursion) with a
 * backtracking Armijo line search, for smooth convex objectives. Deterministic: the same start
 * and objective take the same steps.
 */
final class Lbfgs {
    /** Curvature pairs kept. */
    private static final int MEMORY = 10;
    private static final double ARMIJO = 1e-4;

    /** A function and its gradient at one point. */
    @FunctionalInterface
    interface Objective {
        /** Writes the gradient at {@code x} into {@code gradient} and returns the value there. */
        double evaluate(double[] x, double[] gradient);
    }

    /**
     * Where the search stopped.
     *
     * @param x the last point
     * @param value the objective there
     * @param iterations steps taken
     * @param converged true when the gradient became small, false when the budget ran out or no
     *     step decreased the value further
     */
    record Result(double[] x, double value, int iterations, boolean converged) {
    }

    private Lbfgs() {
    }

    /**
     * Minimizes {@code f} from {@code start} until the largest gradient component is below
     * {@code tolerance} or {@code maxIterations} steps are taken.
     */
    static Result minimize(Objective f, double[] start, double tolerance, int maxIterations) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        Deque<double[][]> pairs = new ArrayDeque<>();
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        for (int it = 0; it < maxIterations; it++) {
            if (maxAbs(g) < tolerance) {
                return new Result(x, fx, it, true);
            }
            double[] d = direction(g, pairs);
            double slope = dot(g, d);
            if (slope >= 0) {
                // Not a descent direction (rounding): forget the curvature and go downhill.
                pairs.clear();
                d = scaled(g, -1);
                slope = dot(g, d);
            }
            // The first step has no curvature to scale it: keep its length at most 1.
            double step = pairs.isEmpty() ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
            double fNew;
            int halvings = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * d[i];
                }
                fNew = f.evaluate(xNew, gNew);
                if (fNew <= fx + ARMIJO * step * slope) {
                    break;
                }
                if (++halvings > 50) {
                    return new Result(x, fx, it, false);
                }
                step /= 2;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            // Keep a pair only where the curvature is positive, so the implied Hessian stays positive definite.
            if (dot(s, y) > 1e-12 * dot(y, y)) {
                pairs.addLast(new double[][] {s, y});
                if (pairs.size() > MEMORY) {
                    pairs.removeFirst();
                }
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
        }
        return new Result(x, fx, maxIterations, maxAbs(g) < tolerance);
    }

    /** The two-loop recursion: minus the inverse-Hessian estimate times the gradient. */
    private static double[] direction(double[] g, Deque<double[][]> pairs) {
        double[] q = g.clone();
        double[] alpha = new double[pairs.size()];
        double[][][] p = pairs.toArray(new double[0][][]);
        for (int k = p.length - 1; k >= 0; k--) {
            alpha[k] = dot(p[k][0], q) / dot(p[k][1], p[k][0]);
            axpy(-alpha[k], p[k][1], q);
        }
        if (p.length > 0) {
            double[] s = p[p.length - 1][0];
            double[] y = p[p.length - 1][1];
            double gamma = dot(s, y) / dot(y, y);
            for (int i = 0; i < q.length; i++) {
                q[i] *= gamma;
            }
        }
        for (int k = 0; k < p.length; k++) {
            double beta = dot(p[k][1], q) / dot(p[k][1], p[k][0]);
            axpy(alpha[k] - beta, p[k][0], q);
        }
        return scaled(q, -1);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double[] scaled(double[] v, double a) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = a * v[i];
        }
        return out;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
