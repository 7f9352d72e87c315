package latentlab.data;

import java.nio.file.Path;

/**
 * The validated contents of one IDX file of unsigned bytes: either labels (one dimension) or
 * images (three dimensions: count, rows, columns).
 *
 * @param path where it was read from
 * @param count number of items (the first dimension)
 * @param rows image height, 1 for a label file
 * @param cols image width, 1 for a label file
 * @param data the bytes, {@code count * rows * cols} of them
 */
public record IdxFile(Path path, int count, int rows, int cols, byte[] data, boolean images) {

    /** Pixels scaled to [0,1]. */
    public float[] pixelsAsFloats() {
        float[] out = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (data[i] & 0xFF) / 255f;
        }
        return out;
    }

    /** Bytes as unsigned ints (labels). */
    public int[] asInts() {
        int[] out = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i] & 0xFF;
        }
        return out;
    }

    public String fileName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
