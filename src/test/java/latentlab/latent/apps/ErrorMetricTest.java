package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import latentlab.latent.metrics.ReconstructionError;
import org.junit.jupiter.api.Test;

class ErrorMetricTest {
    private static final float[] IMAGE = {0, 1, 0.5f, 1};
    private static final float[] RECONSTRUCTION = {0, 0.5f, 0.5f, 1};

    @Test
    void perPixelMseAveragesTheSquaredDifferences() {
        assertEquals(0.25 / 4, ErrorMetric.MSE.of(IMAGE, 0, RECONSTRUCTION, 0, 4), 1e-12);
    }

    @Test
    void perPixelBceIsTheMeanCrossEntropyOfEachPixel() {
        // Pixels 1 and 4 are exact (0 nats); pixel 2 is -ln 0.5; pixel 3 (x = y = 0.5) is ln 2.
        assertEquals(2 * Math.log(2) / 4, ErrorMetric.BCE.of(IMAGE, 0, RECONSTRUCTION, 0, 4), 1e-7);
    }

    @Test
    void aConfidentlyWrongPixelCostsTheClampedLogarithmNotInfinity() {
        float[] x = {1, 0};
        float[] y = {0, 1};
        assertEquals(-Math.log(1e-7), ErrorMetric.BCE.of(x, 0, y, 0, 2), 1e-6);
        assertEquals(1, ErrorMetric.MSE.of(x, 0, y, 0, 2), 1e-12);
    }

    @Test
    void theScoreboardAndTheApplicationsGiveOneModelTheSameErrors() {
        Random r = new Random(4);
        float[] x = new float[784];
        float[] y = new float[784];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextInt(3) / 2f;
            y[i] = r.nextInt(10) == 0 ? r.nextInt(2) : r.nextFloat();
        }
        assertEquals(ReconstructionError.bcePerPixel(x, y), ErrorMetric.BCE.of(x, 0, y, 0, 784), 1e-12);
        assertEquals(ReconstructionError.msePerPixel(x, y), ErrorMetric.MSE.of(x, 0, y, 0, 784), 1e-12);
    }

    @Test
    void offsetsPickOneImageOutOfMany() {
        float[] xs = {9, 9, 0, 1, 0.5f, 1};
        float[] ys = {7, 0, 0.5f, 0.5f, 1, 1};
        assertEquals(0.25 / 4, ErrorMetric.MSE.of(xs, 2, ys, 1, 4), 1e-12);
    }
}
