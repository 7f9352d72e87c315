package latentlab.model.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TopEigenvectorsTest {

    /** Q diag(values) Q^T for a random orthonormal Q; returns the matrix and Q's columns. */
    private static double[][][] withKnownSpectrum(int n, double[] values, long seed) {
        Random random = new Random(seed);
        double[][] q = new double[n][n];
        for (double[] row : q) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        TopEigenvectors.orthonormalize(q, random);
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    c[i][j] += q[i][k] * values[k] * q[j][k];
                }
            }
        }
        return new double[][][] {c, q};
    }

    @Test
    void jacobiFindsEveryEigenvalueLargestFirst() {
        double[] values = {0.5, 7, 3, 0, 1.25, 2};
        double[][] c = withKnownSpectrum(6, values, 1)[0];
        assertArrayEquals(new double[] {7, 3, 2, 1.25, 0.5, 0}, JacobiEigen.of(c).values(), 1e-10);
    }

    @Test
    void leadingEigenvectorsMatchTheKnownOnesUpToSign() {
        int n = 40;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 10.0 / (i + 1);
        }
        double[][][] cq = withKnownSpectrum(n, values, 2);
        double[][] top = TopEigenvectors.of(cq[0], 4, 3);
        for (int j = 0; j < 4; j++) {
            double dot = 0;
            for (int r = 0; r < n; r++) {
                dot += top[r][j] * cq[1][r][j];
            }
            assertEquals(1.0, Math.abs(dot), 1e-8, "component " + j);
        }
    }

    @Test
    void aRankDeficientMatrixStillGivesOrthonormalComponents() {
        double[] values = new double[20];
        values[0] = 4;
        values[1] = 1;
        double[][] top = TopEigenvectors.of(withKnownSpectrum(20, values, 4)[0], 5, 5);
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                double dot = 0;
                for (int r = 0; r < 20; r++) {
                    dot += top[r][a] * top[r][b];
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-9);
            }
        }
    }
}
