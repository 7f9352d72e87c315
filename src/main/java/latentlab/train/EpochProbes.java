package latentlab.train;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import latentlab.data.Dataset;

/** What the views show of a model after each epoch: the reconstruction panel and the embedding codes. */
final class EpochProbes {
    private final Dataset validation;
    private final int[] panel;
    private final int[] embedding;

    EpochProbes(Dataset validation, int panelSize, int embeddingSize) {
        this.validation = validation;
        this.panel = panelIndices(validation, panelSize);
        this.embedding = spread(validation.size(), embeddingSize);
    }

    /** Runs the probes on {@code s} as it is now and hands their events to {@code out}. */
    void show(NDManager root, Session s, int epoch, TrainingListener out) {
        if (panel.length > 0) {
            float[] px = new float[panel.length * validation.pixelsPerImage()];
            validation.gather(panel, px);
            int[] labels = labelsOf(panel);
            out.onEvent(new TrainingEvent.Reconstructions(s.id(), epoch, validation.rows(), labels, px,
                    ModelIo.reconstruct(s.model, root, px, labels)));
        }
        if (embedding.length > 0) {
            float[] px = new float[embedding.length * validation.pixelsPerImage()];
            validation.gather(embedding, px);
            int[] labels = labelsOf(embedding);
            out.onEvent(new TrainingEvent.Embedding(s.id(), epoch, s.config.spec().latentDim(), embedding.clone(),
                    labels, ModelIo.encode(s.model, root, px, labels)));
        }
    }

    private int[] labelsOf(int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = validation.label(indices[i]);
        }
        return out;
    }

    /** Validation images for the panel: classes in turn (0, 1, 2, ...), first occurrences first. */
    static int[] panelIndices(Dataset d, int size) {
        size = Math.min(size, d.size());
        int classes = Math.max(1, d.numClasses());
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < d.size(); i++) {
            byClass.get(Math.min(classes - 1, d.label(i))).add(i);
        }
        int[] out = new int[size];
        int[] next = new int[classes];
        int k = 0;
        for (int round = 0; k < size; round++) {
            int c = round % classes;
            if (next[c] < byClass.get(c).size()) {
                out[k++] = byClass.get(c).get(next[c]++);
            }
        }
        return out;
    }

    /** {@code size} indices spread evenly over {@code n}. */
    static int[] spread(int n, int size) {
        size = Math.min(size, n);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) ((long) i * n / size);
        }
        return out;
    }
}
