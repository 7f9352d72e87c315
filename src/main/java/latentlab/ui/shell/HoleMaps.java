package latentlab.ui.shell;

import java.util.function.Consumer;
import latentlab.latent.Classification;
import latentlab.latent.Classifier;
import latentlab.train.classifier.ClassifierFiles;
import latentlab.train.classifier.EngineClassifier;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.embedding.Embedding2DView;
import latentlab.ui.plot.HoleMapSource;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.WorkerPool;
import latentlab.ui.task.Workers;
import latentlab.ui.workspace.Workspace;

/**
 * The hole maps of every workspace's 2D embedding: the grid over the visible region is decoded
 * by the workspace's own model on its inference thread, then the bundled reference classifier
 * scores each image on a thread of its own (it is confined to the thread that made it; it is
 * loaded there once, on first use) and each cell takes the top class's probability.
 */
final class HoleMaps implements AutoCloseable {
    private final WorkerPool thread;
    private final Consumer<String> onError;
    private Classifier classifier;
    private boolean reported;

    HoleMaps(Workers workers, Consumer<String> onError) {
        this.thread = workers.newInference("classifier");
        this.onError = onError;
    }

    /** Makes {@code w}'s 2D embedding ask this for its hole maps. */
    void install(Workspace w) {
        CodecAccess codec = w.codecs();
        w.view(Embedding2DView.class).scatter().viewModel().layers().sourceProperty().set((request, done) -> {
            // A run's first codes can reach the plot before its first weights: no map (and no
            // error) until there is a decoder; the plot asks again when it redraws.
            if (codec.hasCodec()) {
                codec.decodeAll("hole-map", request.codes(), null, images -> score(w, request, images, done),
                        this::report);
            }
        });
    }

    private void score(Workspace w, HoleMapSource.Request request, float[] images, Consumer<float[]> done) {
        BackgroundTask.wrap(() -> confidences(images, request.n() * request.n())).keyed(w)
                .onSuccess(done::accept).onFailure(e -> report(e.getMessage())).executeWith(thread);
    }

    /** Runs on the classifier's thread. */
    private float[] confidences(float[] images, int count) throws Exception {
        if (classifier == null) {
            classifier = new EngineClassifier(ClassifierFiles.loadBundled().parameters());
        }
        if (images.length != count * classifier.pixelsPerImage()) {
            throw new IllegalArgumentException("the reference classifier judges 28x28 digits; these images have "
                    + images.length / count + " pixels");
        }
        Classification c = classifier.classify(images);
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            float best = 0;
            for (int k = 0; k < c.classes(); k++) {
                best = Math.max(best, c.probabilities()[i * c.classes() + k]);
            }
            out[i] = best;
        }
        return out;
    }

    /** One message per window: a failing hole map would otherwise repeat it at every pan. */
    private void report(String message) {
        if (!reported) {
            reported = true;
            onError.accept("The hole map could not be drawn: " + message);
        }
    }

    @Override
    public void close() {
        thread.close(() -> {
            if (classifier != null) {
                classifier.close();
            }
        });
    }
}
