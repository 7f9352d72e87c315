package latentlab.train.classifier;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import latentlab.data.Dataset;
import latentlab.model.engine.Upload;
import latentlab.train.BatchLoader;
import latentlab.train.BatchOrder;

/**
 * Training batches of the classifier, each image moved by a random whole number of pixels (up to
 * {@value #MAX_SHIFT} each way, zeros shifted in): digits seen a little off-centre, as decoded
 * digits often are, and a cheap defence against overfitting 9,000 images. The shifts of a batch
 * derive from (seed, epoch, batch) alone, so a run repeats exactly.
 */
final class ShiftedBatches {
    static final int MAX_SHIFT = 2;

    private final Dataset train;
    private final int batchSize;
    private final long seed;

    ShiftedBatches(Dataset train, int batchSize, long seed) {
        this.train = train;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    int count() {
        return (train.size() + batchSize - 1) / batchSize;
    }

    /** Batch {@code batch} of the epoch's {@code order}, shifted, in {@code m}. */
    BatchLoader.Batch load(NDManager m, int[] order, int epoch, int batch) {
        int side = train.rows();
        int p = train.pixelsPerImage();
        int n = Math.min(batchSize, order.length - batch * batchSize);
        Random random = new Random(BatchOrder.mix(seed, epoch, batch));
        float[] px = new float[n * p];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int image = order[batch * batchSize + i];
            labels[i] = train.label(image);
            int dx = random.nextInt(2 * MAX_SHIFT + 1) - MAX_SHIFT;
            int dy = random.nextInt(2 * MAX_SHIFT + 1) - MAX_SHIFT;
            shift(train.pixels(), image * p, px, i * p, side, dx, dy);
        }
        return new BatchLoader.Batch(Upload.floats(m, px, new Shape(n, p)), Upload.ints(m, labels), n);
    }

    /** {@code out[y][x] = in[y - dy][x - dx]}, zero where that lies outside the image. */
    static void shift(float[] in, int from, float[] out, int to, int side, int dx, int dy) {
        for (int y = 0; y < side; y++) {
            int sy = y - dy;
            for (int x = 0; x < side; x++) {
                int sx = x - dx;
                out[to + y * side + x] = sy >= 0 && sy < side && sx >= 0 && sx < side ? in[from + sy * side + sx] : 0f;
            }
        }
    }
}
