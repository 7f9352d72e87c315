package latentlab.model.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.concurrent.atomic.LongAdder;

/**
 * Java values into tensors whose memory the engine owns: the one way values cross into the engine.
 *
 * <p>DJL's PyTorch {@code NDManager.create} does not copy: the tensor it returns points into a Java
 * direct buffer (a fresh one for a {@code float[]}, the caller's own for a direct buffer), kept
 * alive only by the Java array object. Any tensor that shares that memory after the Java object
 * is closed (a view, a tensor autograd saved for the backward pass, a parameter whose storage was
 * swapped) reads memory that the garbage collector frees and malloc hands out again; a caller's
 * reused buffer is overwritten by the next batch. Java-allocated memory is also only 16-byte
 * aligned, where the engine's own is 64-byte aligned, and some CPU kernels pick their code path
 * by alignment. Copying once at the boundary removes all of that: the Java-backed tensor is
 * closed at once, and the engine refcounts what it computes with.
 */
public final class Upload {
    private static final LongAdder COPIES = new LongAdder();
    private static final LongAdder BYTES = new LongAdder();

    /** How much has crossed into the engine through here since the process started. */
    public record Traffic(long copies, long bytes) {
    }

    private Upload() {
    }

    /** The copies made so far and their bytes, for the step profile ({@code latentlab bench profile}). */
    public static Traffic traffic() {
        return new Traffic(COPIES.sum(), BYTES.sum());
    }

    /** A float tensor of {@code shape} holding {@code values}. */
    public static NDArray floats(NDManager m, float[] values, Shape shape) {
        return copy(m, FloatBuffer.wrap(values), shape, DataType.FLOAT32);
    }

    /**
     * A float tensor of {@code shape} from {@code buffer}'s remaining values (a heap or direct
     * buffer); the buffer may be reused as soon as this returns.
     */
    public static NDArray floats(NDManager m, Buffer buffer, Shape shape) {
        return copy(m, buffer, shape, DataType.FLOAT32);
    }

    /** An int32 vector holding {@code values}. */
    public static NDArray ints(NDManager m, int[] values) {
        return copy(m, IntBuffer.wrap(values), new Shape(values.length), DataType.INT32);
    }

    /** A 0-d float tensor holding {@code value}, allocated by the engine. */
    public static NDArray scalar(NDManager m, float value) {
        return m.full(new Shape(), value, DataType.FLOAT32);
    }

    /**
     * Overwrites {@code target}'s values in place with {@code values} (same element count): its
     * storage stays the engine's, so gradient flags and optimizer state that point at it stay valid.
     */
    public static void into(NDArray target, float[] values) {
        try (NDArray src = floats(target.getManager(), values, target.getShape())) {
            target.set(new NDIndex("..."), src);
        }
    }

    private static NDArray copy(NDManager m, Buffer buffer, Shape shape, DataType type) {
        COPIES.increment();
        BYTES.add(buffer instanceof ByteBuffer ? buffer.remaining() : (long) buffer.remaining() * type.getNumOfBytes());
        try (NDArray host = m.create(buffer, shape, type)) {
            return host.duplicate();
        }
    }
}
