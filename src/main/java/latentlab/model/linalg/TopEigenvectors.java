package latentlab.model.linalg;

import java.util.Random;

/**
 * The {@code k} leading eigenvectors of a symmetric positive semi-definite matrix (a covariance)
 * by subspace iteration with Rayleigh-Ritz: repeatedly {@code Q <- orth(C Q)} on a block a little
 * wider than k, until the Ritz values of the leading k stop changing. Costs O(n^2 b) per
 * iteration instead of the O(n^3) of a full decomposition, which matters for 784 x 784.
 */
public final class TopEigenvectors {
    private static final int EXTRA = 10;
    private static final int MAX_ITERATIONS = 1000;
    private static final double TOLERANCE = 1e-13;

    private TopEigenvectors() {
    }

    /**
     * @param c symmetric n x n, row-major
     * @return n x k, component {@code j} in column j, unit length, mutually orthogonal; the sign
     *     of each makes its largest-magnitude entry positive, so results do not flip between fits
     */
    public static double[][] of(double[][] c, int k, long seed) {
        int n = c.length;
        if (k > n) {
            throw new IllegalArgumentException("cannot take " + k + " components of " + n + " dimensions");
        }
        int b = Math.min(n, k + EXTRA);
        Random random = new Random(seed);
        double[][] q = new double[n][b];
        for (double[] row : q) {
            for (int j = 0; j < b; j++) {
                row[j] = random.nextGaussian();
            }
        }
        orthonormalize(q, random);
        double[] previous = null;
        double[][] ritzVectors = q;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[][] y = multiply(c, q);
            JacobiEigen ritz = JacobiEigen.of(transposeTimes(q, y));
            ritzVectors = multiply(q, ritz.vectors());
            double[] values = ritz.values();
            if (previous != null && converged(previous, values, k)) {
                break;
            }
            previous = values;
            q = multiply(y, ritz.vectors());
            orthonormalize(q, random);
        }
        return leadingColumns(ritzVectors, k);
    }

    private static boolean converged(double[] a, double[] b, int k) {
        double scale = Math.max(Math.abs(b[0]), 1e-300);
        for (int i = 0; i < k; i++) {
            if (Math.abs(a[i] - b[i]) > TOLERANCE * scale) {
                return false;
            }
        }
        return true;
    }

    /**
     * Modified Gram-Schmidt on the columns. A column that vanishes (the matrix has lower rank than
     * the block) is replaced by a random one, so the block always spans b directions.
     */
    static void orthonormalize(double[][] q, Random random) {
        int n = q.length;
        int b = q[0].length;
        for (int j = 0; j < b; j++) {
            double before = columnNorm(q, j);
            for (int attempt = 0; ; attempt++) {
                for (int pass = 0; pass < 2; pass++) {
                    // Twice, because one pass loses orthogonality when columns are nearly parallel.
                    for (int i = 0; i < j; i++) {
                        double dot = 0;
                        for (int r = 0; r < n; r++) {
                            dot += q[r][i] * q[r][j];
                        }
                        for (int r = 0; r < n; r++) {
                            q[r][j] -= dot * q[r][i];
                        }
                    }
                }
                double norm = columnNorm(q, j);
                if (norm > 1e-10 * before && norm > 1e-300) {
                    for (int r = 0; r < n; r++) {
                        q[r][j] /= norm;
                    }
                    break;
                }
                if (attempt > 10) {
                    throw new IllegalStateException("cannot extend the subspace at column " + j);
                }
                for (int r = 0; r < n; r++) {
                    q[r][j] = random.nextGaussian();
                }
                before = columnNorm(q, j);
            }
        }
    }

    private static double columnNorm(double[][] q, int j) {
        double s = 0;
        for (double[] row : q) {
            s += row[j] * row[j];
        }
        return Math.sqrt(s);
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b.length;
        int p = b[0].length;
        double[][] out = new double[n][p];
        for (int i = 0; i < n; i++) {
            double[] row = out[i];
            for (int k = 0; k < m; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                double[] bk = b[k];
                for (int j = 0; j < p; j++) {
                    row[j] += aik * bk[j];
                }
            }
        }
        return out;
    }

    private static double[][] transposeTimes(double[][] a, double[][] b) {
        int n = a.length;
        int p = a[0].length;
        double[][] out = new double[p][p];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < p; i++) {
                double ai = a[r][i];
                for (int j = 0; j < p; j++) {
                    out[i][j] += ai * b[r][j];
                }
            }
        }
        // Symmetrize: rounding must not make Jacobi see a non-symmetric matrix.
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                double avg = (out[i][j] + out[j][i]) / 2;
                out[i][j] = avg;
                out[j][i] = avg;
            }
        }
        return out;
    }

    private static double[][] leadingColumns(double[][] v, int k) {
        int n = v.length;
        double[][] out = new double[n][k];
        for (int j = 0; j < k; j++) {
            int arg = 0;
            for (int r = 1; r < n; r++) {
                if (Math.abs(v[r][j]) > Math.abs(v[arg][j])) {
                    arg = r;
                }
            }
            double sign = v[arg][j] < 0 ? -1 : 1;
            for (int r = 0; r < n; r++) {
                out[r][j] = sign * v[r][j];
            }
        }
        return out;
    }
}
