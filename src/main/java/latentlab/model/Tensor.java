package latentlab.model;

import java.util.Arrays;

/**
 * A plain-Java copy of one parameter array: what crosses the service boundary and goes into
 * checkpoints. No engine memory is held.
 *
 * @param shape dimensions, outermost first
 * @param data values, row-major
 */
public record Tensor(long[] shape, float[] data) {
    public Tensor {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
                    + " values, got " + data.length);
        }
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    public String shapeString() {
        return Arrays.toString(shape);
    }
}
