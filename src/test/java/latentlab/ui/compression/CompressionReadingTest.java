package latentlab.ui.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;
import latentlab.latent.apps.ErrorMetric;
import latentlab.model.ModelKind;
import org.junit.jupiter.api.Test;

class CompressionReadingTest {

    /**
     * A constructed sweep: the AE is best with a tiny code, PCA with a large one, and the VAE's
     * error stops falling after 8.
     */
    static CompressionResult result() {
        double[][] bce = {
            {0.20, 0.17, 0.14, 0.12, 0.11},
            {0.22, 0.19, 0.16, 0.16, 0.17},
            {0.30, 0.25, 0.18, 0.12, 0.08}};
        List<CompressionPoint> points = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 5; i++) {
                int size = CompressionSweep.COURSE_SIZES.get(i);
                points.add(new CompressionPoint(CompressionSweep.COURSE_KINDS.get(k), size, k == 2 ? 0 : 3, 784,
                        bce[k][i] / 4, bce[k][i]));
            }
        }
        return new CompressionResult(new CompressionSweep(CompressionSweep.COURSE_KINDS, CompressionSweep.COURSE_SIZES,
                3, "mnist", 1, CompressionSweep.COURSE_HIDDEN), 1000, points);
    }

    @Test
    void theReadingNamesTheBestModelAtEachEndAndTheLineThatStopsFalling() {
        List<CompressionViewModel.Line> lines = CompressionReading.lines(result(), ErrorMetric.BCE);
        assertEquals("At code size 2 the AE reconstructs best (BCE: AE 0.2000, VAE 0.2200, PCA 0.3000); at 32 PCA"
                + " reconstructs best (BCE: AE 0.1100, VAE 0.1700, PCA 0.0800). Every error falls as the code grows"
                + " except the VAE's from 8 to 16.", CompressionReading.reading(lines, ErrorMetric.BCE));
        assertEquals(0.25 / 4, CompressionReading.lines(result(), ErrorMetric.MSE).get(2).marks().get(1).error(), 1e-12);
    }

    @Test
    void theExplanationSaysWhatWasTrainedOnWhatAndHowItWasMeasured() {
        assertEquals("AE and VAE trained 3 epochs each on mnist (hidden layers 400, seed 1, the same batches in lockstep);"
                + " PCA fitted on the same training images; every error is the mean over 1,000 validation images of"
                + " mnist, at code sizes [2, 4, 8, 16, 32].", CompressionReading.explanation(result()));
    }

    @Test
    void aModelWithoutPointsHasNoLine() {
        CompressionResult r = result();
        CompressionResult noVae = new CompressionResult(r.sweep(), r.validationSize(), r.points().stream()
                .filter(p -> p.kind() != ModelKind.VAE).toList());
        assertEquals(List.of(ModelKind.AE, ModelKind.PCA), CompressionReading.lines(noVae, ErrorMetric.MSE).stream()
                .map(CompressionViewModel.Line::kind).toList());
    }
}
