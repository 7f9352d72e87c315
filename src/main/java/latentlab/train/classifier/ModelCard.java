package latentlab.train.classifier;

import java.util.Locale;
import latentlab.model.classifier.ReferenceCnn;

/** The model card of a reference classifier ({@code MODEL.md}), written from what its training measured. */
final class ModelCard {
    private ModelCard() {
    }

    static String text(ClassifierInfo info, long parameters, String command) {
        double accuracy = info.validationAccuracy();
        long right = Math.round(accuracy * info.validationImages());
        StringBuilder s = new StringBuilder();
        s.append("# Reference digit classifier\n\n");
        s.append("The small CNN that LatentLab's scoreboard judges decoded images with: the perceptual path length\n"
                + "measures distances between its feature vectors, and the prior recognition counts the decoded prior\n"
                + "samples it recognizes with confidence. Loaded offline from the application's jar.\n\n");
        s.append("| | |\n|---|---|\n");
        s.append(row("Architecture", ReferenceCnn.ARCHITECTURE));
        s.append(row("Features", "the " + ReferenceCnn.FEATURES + " ReLU activations before the last layer"));
        s.append(row("Parameters", String.format(Locale.ROOT, "%,d", parameters)));
        s.append(row("Training data", String.format(Locale.ROOT,
                "`%s`, training split only: %,d images (the validation split is never trained on)", info.dataset(),
                info.trainImages())));
        s.append(row("Training", String.format(Locale.ROOT,
                "cross-entropy, Adam (learning rate %s, lowered along half a cosine towards 0), batch %d, %d epochs,"
                + " seed %d; each training image moved by"
                + " up to " + ShiftedBatches.MAX_SHIFT + " pixels each way at random", info.learningRate(),
                info.batchSize(), info.epochs(), info.seed())));
        s.append(row("Validation accuracy", String.format(Locale.ROOT, "**%.2f%%** (%,d of %,d validation images)",
                100 * accuracy, right, info.validationImages())));
        s.append(row("Files", "`params.bin` (the checkpoints' parameter format), `classifier.json` (these figures"
                + " and the SHA-256 of `params.bin`)"));
        s.append("\n| epoch | training loss | validation accuracy |\n|---|---|---|\n");
        for (ClassifierInfo.Epoch e : info.history()) {
            s.append(String.format(Locale.ROOT, "| %d | %.4f | %.2f%% |%n", e.epoch(), e.trainLoss(),
                    100 * e.validationAccuracy()));
        }
        s.append("\nMade (and remade bit for bit on the same machine and thread count) with:\n\n```\n")
                .append(command).append("\n```\n");
        return s.toString();
    }

    private static String row(String name, String value) {
        return "| " + name + " | " + value + " |\n";
    }
}
