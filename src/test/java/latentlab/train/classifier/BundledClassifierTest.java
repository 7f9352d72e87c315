package latentlab.train.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.data.BundledMnist;
import latentlab.data.DataSplit;
import latentlab.latent.Classification;
import latentlab.model.classifier.ReferenceCnn;
import latentlab.model.engine.Engines;
import org.junit.jupiter.api.Test;

/** The classifier that ships in models/classifier loads offline and does what its card says. */
class BundledClassifierTest {
    @Test
    void recognizesTheValidationDigitsAsWellAsItsCardSays() throws Exception {
        Engines.configure(Engines.Mode.HEADLESS);
        ClassifierFiles.Loaded shipped = ClassifierFiles.loadBundled();
        assertEquals(ReferenceCnn.ARCHITECTURE, shipped.info().architecture());
        assertEquals(BundledMnist.ID, shipped.info().dataset());
        DataSplit data = new BundledMnist().load();
        assertEquals(data.train().size(), shipped.info().trainImages(), "trained on the training split");
        try (EngineClassifier c = new EngineClassifier(shipped.parameters())) {
            Classification v = c.classify(data.validation().pixels());
            double accuracy = v.accuracy(data.validation().labels());
            assertEquals(shipped.info().validationAccuracy(), accuracy, 1e-9, "the card's figure");
            assertTrue(accuracy >= 0.975, "validation accuracy " + accuracy);
            assertEquals(ReferenceCnn.FEATURES, v.featureSize());
        }
    }
}
