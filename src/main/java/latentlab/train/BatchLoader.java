package latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import latentlab.data.Dataset;
import latentlab.model.engine.Upload;

/** Gathers a batch of training images and labels and hands them to the engine, reusing its buffers. */
public final class BatchLoader {
    private final Dataset train;
    private final int batchSize;
    private final float[] full;
    private final int[] idx;
    /** The batch's pixels on their way to the engine: one direct buffer reused, not one per batch. */
    private ByteBuffer pixelBuffer;

    /** One batch in the engine: inputs (n, pixels) and labels (n). */
    public record Batch(NDArray x, NDArray y, int size) {
    }

    public BatchLoader(Dataset train, int batchSize) {
        this.train = train;
        this.batchSize = batchSize;
        this.full = new float[batchSize * train.pixelsPerImage()];
        this.idx = new int[batchSize];
    }

    /** Batch number {@code batch} of the epoch's {@code order}, in {@code m}. */
    public Batch load(NDManager m, int[] order, int batch) {
        int p = train.pixelsPerImage();
        int n = Math.min(batchSize, order.length - batch * batchSize);
        int[] ids = n == batchSize ? idx : new int[n];
        System.arraycopy(order, batch * batchSize, ids, 0, n);
        float[] px = n == batchSize ? full : new float[n * p];
        train.gather(ids, px);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = train.label(ids[i]);
        }
        return new Batch(Upload.floats(m, buffer(px, n * p), new Shape(n, p)), Upload.ints(m, labels), n);
    }

    /**
     * {@code px[0..count)} in a direct buffer the engine copies from. Handing the engine a float[]
     * would allocate a fresh direct buffer per batch, freed only when the Java heap is collected.
     */
    private ByteBuffer buffer(float[] px, int count) {
        if (pixelBuffer == null || pixelBuffer.capacity() < count * 4) {
            pixelBuffer = ByteBuffer.allocateDirect(count * 4).order(ByteOrder.nativeOrder());
        }
        pixelBuffer.clear();
        pixelBuffer.asFloatBuffer().put(px, 0, count);
        pixelBuffer.limit(count * 4);
        return pixelBuffer;
    }
}
