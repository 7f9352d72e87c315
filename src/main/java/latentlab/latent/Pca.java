package latentlab.latent;

import java.util.Random;

/**
 * Principal components of a set of codes: the covariance matrix (dim x dim, small) and its top
 * eigenvectors by power iteration with deflation. Plain Java, fast enough for 70,000 codes of 32.
 */
public final class Pca {

    private static final int MAX_ITERATIONS = 500;

    private Pca() {
    }

    /** The {@code k} leading principal directions of {@code codes} (n x dim) as a projection. */
    public static LinearProjection fit(float[] codes, int dim, int k) {
        if (k > dim) {
            throw new IllegalArgumentException("cannot take " + k + " components of " + dim + " dimensions");
        }
        float[] mean = LatentStats.of(codes, dim).meanCode();
        double[][] cov = covariance(codes, dim, mean);
        float[][] basis = new float[k][];
        Random random = new Random(7);
        for (int c = 0; c < k; c++) {
            double[] v = leadingEigenvector(cov, random);
            double lambda = rayleigh(cov, v);
            // Deflate so the next power iteration finds the next component.
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) {
                    cov[i][j] -= lambda * v[i] * v[j];
                }
            }
            basis[c] = new float[dim];
            for (int j = 0; j < dim; j++) {
                basis[c][j] = (float) v[j];
            }
        }
        return new LinearProjection(mean, basis);
    }

    static double[][] covariance(float[] codes, int dim, float[] mean) {
        int n = codes.length / dim;
        double[][] cov = new double[dim][dim];
        double[] d = new double[dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                d[j] = codes[i * dim + j] - mean[j];
            }
            for (int a = 0; a < dim; a++) {
                double da = d[a];
                double[] row = cov[a];
                for (int b = a; b < dim; b++) {
                    row[b] += da * d[b];
                }
            }
        }
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                cov[a][b] /= Math.max(1, n - 1);
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }

    private static double[] leadingEigenvector(double[][] m, Random random) {
        int d = m.length;
        double[] v = new double[d];
        for (int j = 0; j < d; j++) {
            v[j] = random.nextGaussian();
        }
        normalize(v);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] w = multiply(m, v);
            if (normalize(w) < 1e-12) {
                return v; // nothing left: any unit vector orthogonal enough will do
            }
            double change = 0;
            for (int j = 0; j < d; j++) {
                change = Math.max(change, Math.abs(w[j] - v[j]));
            }
            v = w;
            if (change < 1e-9) {
                break;
            }
        }
        // A stable sign: the largest entry is positive, so axes do not flip between refits.
        int big = 0;
        for (int j = 1; j < d; j++) {
            if (Math.abs(v[j]) > Math.abs(v[big])) {
                big = j;
            }
        }
        if (v[big] < 0) {
            for (int j = 0; j < d; j++) {
                v[j] = -v[j];
            }
        }
        return v;
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double rayleigh(double[][] m, double[] v) {
        double[] mv = multiply(m, v);
        double s = 0;
        for (int j = 0; j < v.length; j++) {
            s += v[j] * mv[j];
        }
        return s;
    }

    private static double normalize(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        double norm = Math.sqrt(s);
        if (norm > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= norm;
            }
        }
        return norm;
    }
}
