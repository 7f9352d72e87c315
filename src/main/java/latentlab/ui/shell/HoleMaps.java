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
import latentlab.model.Settings;
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
            var model = w.model().modelProperty().get();
            if (codec.hasCodec() && model != null) {
                int classes = model.spec().kind().isConditional() ? model.spec().get(Settings.CLASSES) : 1;
                Conditioned grid = Conditioned.of(request.codes(), request.n() * request.n(), classes);
                codec.decodeAll("hole-map", grid.codes(), grid.labels(),
                        images -> score(w, request, grid, images, done), this::report);
            }
        });
    }

    private void score(Workspace w, HoleMapSource.Request request, Conditioned grid, float[] images,
            Consumer<float[]> done) {
        BackgroundTask.wrap(() -> grid.score(confidences(images, grid.codes().length / grid.dim()))).keyed(w)
                .onSuccess(done::accept).onFailure(e -> report(e.getMessage())).executeWith(thread);
    }

    /**
     * The grid as a decoder takes it: each cell once, or, for a conditional decoder, once for
     * every class, and how the class's images score the cell.
     */
    record Conditioned(float[] codes, int[] labels, int cells, int classes, int dim) {
        static Conditioned of(float[] cellCodes, int cells, int classes) {
            int dim = cellCodes.length / cells;
            if (classes <= 1) {
                return new Conditioned(cellCodes, null, cells, 1, dim);
            }
            float[] codes = new float[cellCodes.length * classes];
            int[] labels = new int[cells * classes];
            for (int k = 0; k < classes; k++) {
                System.arraycopy(cellCodes, 0, codes, k * cellCodes.length, cellCodes.length);
                java.util.Arrays.fill(labels, k * cells, (k + 1) * cells, k);
            }
            return new Conditioned(codes, labels, cells, classes, dim);
        }

        /**
         * A cell's value from the top-class confidence of each image: for a conditional decoder,
         * the mean over the classes it was asked for, so a cell where it draws every digit well is
         * no hole, and one where it draws only some is partly one.
         */
        float[] score(float[] confidence) {
            if (classes == 1) {
                return confidence;
            }
            float[] out = new float[cells];
            for (int k = 0; k < classes; k++) {
                for (int i = 0; i < cells; i++) {
                    out[i] += confidence[k * cells + i] / classes;
                }
            }
            return out;
        }
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
