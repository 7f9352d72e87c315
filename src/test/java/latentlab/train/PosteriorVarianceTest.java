package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import latentlab.latent.metrics.KlToPrior;
import latentlab.model.Autoencoder;
import latentlab.model.LossTerms;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.StepContext;
import latentlab.model.engine.Upload;
import latentlab.model.testing.EngineTest;
import latentlab.model.testing.SmallSpecs;
import latentlab.model.testing.SyntheticImages;
import org.junit.jupiter.api.Test;

/** The posterior's log-variance crosses the service line, and the KL above it is the model's own. */
class PosteriorVarianceTest extends EngineTest {
    private static final SyntheticImages DATA = new SyntheticImages(12, SmallSpecs.SIDE, SmallSpecs.CLASSES, 3);

    @Test
    void theScoreboardsKlIsTheKlTheVaeIsTrainedWith() {
        ModelSpec spec = SmallSpecs.of(ModelKind.VAE);
        double modelKl;
        ParamSnapshot weights;
        try (NDManager m = manager.newSubManager()) {
            Autoencoder vae = ModelFactory.standard().create(spec, m, 5);
            weights = vae.snapshot();
            LossTerms terms = vae.loss(DATA.images(m), Upload.ints(m, DATA.labels), StepContext.EVAL);
            modelKl = terms.toDoubles().get(LossTerms.KL);
            vae.close();
        }
        try (SnapshotCodec codec = new SnapshotCodec(ModelFactory.standard(), spec, weights)) {
            float[] mu = codec.encode(DATA.pixels, null);
            float[] logVar = codec.encodeLogVariance(DATA.pixels, null);
            assertEquals(DATA.count * SmallSpecs.LATENT, logVar.length);
            assertEquals(modelKl, KlToPrior.meanKl(mu, logVar, SmallSpecs.LATENT), 1e-5);
        }
    }

    @Test
    void anAutoencoderHasNone() {
        ModelSpec spec = SmallSpecs.of(ModelKind.AE);
        ParamSnapshot weights;
        try (NDManager m = manager.newSubManager()) {
            Autoencoder ae = ModelFactory.standard().create(spec, m, 5);
            weights = ae.snapshot();
            ae.close();
        }
        try (SnapshotCodec codec = new SnapshotCodec(ModelFactory.standard(), spec, weights)) {
            assertThrows(UnsupportedOperationException.class, () -> codec.encodeLogVariance(DATA.pixels, null));
        }
    }
}
