package latentlab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import latentlab.data.Dataset;
import latentlab.model.StepContext;
import latentlab.model.engine.Upload;

/**
 * Mean loss terms over the whole validation set, deterministic: no sampling, and the same
 * corruption noise every epoch for denoising models (seeded per validation batch).
 */
final class Validation {
    private static final int EVAL_BATCH = 500;

    private Validation() {
    }

    /** The validation losses of {@code s} after {@code epoch} epochs of a run with {@code seed}. */
    static Map<String, Double> meanLosses(Session s, Dataset validation, NDManager root, long seed, int epoch) {
        LossMeans means = new LossMeans();
        int p = validation.pixelsPerImage();
        for (int start = 0; start < validation.size(); start += EVAL_BATCH) {
            int n = Math.min(EVAL_BATCH, validation.size() - start);
            float[] px = new float[n * p];
            System.arraycopy(validation.pixels(), start * p, px, 0, px.length);
            int[] labels = new int[n];
            System.arraycopy(validation.labels(), start, labels, 0, n);
            Engine.getInstance().setRandomSeed((int) BatchOrder.mix(seed, -1, start));
            try (NDManager m = root.newSubManager()) {
                means.add(s.model.loss(Upload.floats(m, px, new Shape(n, p)), Upload.ints(m, labels),
                        new StepContext(Math.max(0, epoch - 1), s.step, false)).toDoubles(), n);
            }
        }
        return means.means();
    }
}
