package latentlab.latent;

import latentlab.model.linalg.TopEigenvectors;

/**
 * Principal components of a set of codes: the covariance matrix (dim x dim, small) and its top
 * eigenvectors, by the same solver as the PCA model. Plain Java, fast enough for 70,000 codes of 32.
 */
public final class Pca {

    private Pca() {
    }

    /** The {@code k} leading principal directions of {@code codes} (n x dim) as a projection. */
    public static LinearProjection fit(float[] codes, int dim, int k) {
        if (k > dim) {
            throw new IllegalArgumentException("cannot take " + k + " components of " + dim + " dimensions");
        }
        float[] mean = LatentStats.of(codes, dim).meanCode();
        double[][] w = TopEigenvectors.of(covariance(codes, dim, mean), k, 7);
        float[][] basis = new float[k][dim];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < dim; j++) {
                basis[c][j] = (float) w[j][c];
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
}
