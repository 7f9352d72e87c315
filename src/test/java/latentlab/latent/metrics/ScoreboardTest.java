package latentlab.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import org.junit.jupiter.api.Test;

class ScoreboardTest {
    private static final DataSplit DATA = ToyModels.data(200, 100);
    private static final ScoreboardSettings SETTINGS = new ScoreboardSettings(5, 10, 1000, 60, 16, 400, 1e-4, 300,
            0.9, 7);

    private static ScoreboardResult score(ToyModels.BlendCodec codec, Progress progress) {
        return new Scoreboard(codec, new ToyModels.QuadrantClassifier(), DATA, SETTINGS, progress).compute("toy");
    }

    @Test
    void aDecoderThatMovesAtConstantSpeedScoresPerfectlySmooth() {
        ScoreboardResult r = score(new ToyModels.BlendCodec(ModelKind.AE, 0), Progress.NONE);
        assertEquals(1, r.score("path_length_ratio").value(), 1e-4);
        assertEquals(1, r.score("max_step_over_mean").value(), 1e-4);
        assertEquals(1, r.score("step_equality").value(), 1e-4);
    }

    @Test
    void aDecoderThatJumpsScoresWorseOnEveryInterpolationMeasureButTheRatio() {
        ScoreboardResult smooth = score(new ToyModels.BlendCodec(ModelKind.AE, 0), Progress.NONE);
        ScoreboardResult jumpy = score(new ToyModels.BlendCodec(ModelKind.AE, 60), Progress.NONE);
        // Both paths run along the line from A to B without turning back: no detour either way.
        assertEquals(1, jumpy.score("path_length_ratio").value(), 1e-3);
        assertTrue(jumpy.score("max_step_over_mean").value() > 3, jumpy.score("max_step_over_mean").formatted());
        assertTrue(jumpy.score("step_equality").value() < smooth.score("step_equality").value() - 0.3);
        assertTrue(jumpy.score("perceptual_path_length").value() > 3 * smooth.score("perceptual_path_length").value());
    }

    @Test
    void reportsEveryMetricInOrderWithKlOnlyForAModelWithAPrior() {
        ScoreboardResult ae = score(new ToyModels.BlendCodec(ModelKind.AE, 0), Progress.NONE);
        assertEquals(Scoreboard.metrics(SETTINGS), ae.scores().stream().map(Score::metric).toList());
        assertFalse(ae.score("kl_to_prior").applicable());
        assertEquals("n/a", ae.score("kl_to_prior").formatted());

        ToyModels.BlendCodec vaeCodec = new ToyModels.BlendCodec(ModelKind.VAE, 0);
        ScoreboardResult vae = score(vaeCodec, Progress.NONE);
        // Unit variances: the KL is half the mean squared length of the codes.
        float[] z = vaeCodec.encode(DATA.validation().pixels(), null);
        double sq = 0;
        for (float v : z) {
            sq += v * v;
        }
        assertEquals(0.5 * sq / DATA.validation().size(), vae.score("kl_to_prior").value(), 1e-4);
    }

    @Test
    void codesThatSeparateTheQuadrantsAreFoundByTheirNeighbours() {
        ScoreboardResult r = score(new ToyModels.BlendCodec(ModelKind.AE, 0), Progress.NONE);
        assertEquals(1.0, r.score("knn_accuracy").value(), 1e-12);
        assertTrue(r.score("trustworthiness").value() > 0.5);
        // The decoder draws only A, B and their blends: no sample of the prior looks like class b or c.
        double recognized = r.score("prior_recognized").value();
        assertTrue(recognized > 0 && recognized < 1, "recognized " + recognized);
    }

    @Test
    void withoutAClassifierTheClassifierMeasuresAreNotApplicable() {
        ScoreboardResult r = new Scoreboard(new ToyModels.BlendCodec(ModelKind.AE, 0), null, DATA, SETTINGS,
                Progress.NONE).compute("toy");
        assertFalse(r.score("perceptual_path_length").applicable());
        assertFalse(r.score("prior_recognized").applicable());
        assertTrue(r.score("step_equality").applicable());
    }

    @Test
    void progressRisesToOneAndCancellingStopsTheWork() {
        List<Double> fractions = new ArrayList<>();
        score(new ToyModels.BlendCodec(ModelKind.AE, 0), (f, m) -> fractions.add(f));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertTrue(fractions.size() > 8, fractions.toString());

        Progress cancelAfterThree = new Progress() {
            int reports;

            @Override
            public void report(double fraction, String message) {
                reports++;
            }

            @Override
            public boolean cancelled() {
                return reports >= 3;
            }
        };
        assertThrows(CancellationException.class, () -> score(new ToyModels.BlendCodec(ModelKind.AE, 0),
                cancelAfterThree));
    }
}
