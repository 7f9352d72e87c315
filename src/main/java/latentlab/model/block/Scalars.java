package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Multiplication and division by a constant, safe inside a recorded graph.
 *
 * <p>DJL's {@code NDArray.mul(Number)} and {@code div(Number)} wrap the number in a tensor over a
 * Java direct buffer and close that wrapper right after the op; autograd has saved the tensor for
 * the backward pass, and once the buffer is collected the backward pass reads freed memory. The
 * gradients come out as garbage or NaN, now and then (measured: 256 of 3,000 steps with a GC every
 * ten). Here the constant is allocated by the engine, so the saved tensor owns its memory.
 */
public final class Scalars {
    private Scalars() {
    }

    /** {@code a * v}. */
    public static NDArray times(NDArray a, double v) {
        try (NDArray s = constant(a, v)) {
            return a.mul(s);
        }
    }

    /** {@code a / v}. */
    public static NDArray over(NDArray a, double v) {
        try (NDArray s = constant(a, v)) {
            return a.div(s);
        }
    }

    private static NDArray constant(NDArray like, double v) {
        return like.getManager().full(new Shape(), (float) v, like.getDataType());
    }
}
