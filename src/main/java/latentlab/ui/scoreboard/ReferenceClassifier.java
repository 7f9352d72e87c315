package latentlab.ui.scoreboard;

import java.util.List;
import latentlab.data.DataSplit;
import latentlab.latent.Classifier;
import latentlab.train.checkpoint.CheckpointException;
import latentlab.train.classifier.ClassifierFiles;
import latentlab.train.classifier.EngineClassifier;

/**
 * The classifier that ships with LatentLab, for the scoreboard's perceptual path length and
 * prior recognition: it judges 28x28 digits, so other images get none (those figures read n/a).
 */
final class ReferenceClassifier {
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private ReferenceClassifier() {
    }

    /** The bundled classifier, made on the calling thread (it stays confined to it), or null. */
    static Classifier forImages(DataSplit data) {
        boolean digits = data.train().rows() == 28 && data.train().cols() == 28
                && data.train().classNames().equals(DIGITS);
        if (!digits) {
            return null;
        }
        try {
            return new EngineClassifier(ClassifierFiles.loadBundled().parameters());
        } catch (CheckpointException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
