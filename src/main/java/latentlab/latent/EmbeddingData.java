package latentlab.latent;

import java.util.List;
import java.util.Objects;

/**
 * What the explorer's views are given: the codes of a set of images with their labels, and the
 * images themselves for tooltips and encoding. No engine types, so it crosses to the FX thread.
 *
 * @param codes n codes, row-major (n x dim)
 * @param dim size of a code
 * @param labels n class indices
 * @param classNames display name of each class
 * @param images n images, row-major (n x side x side), values in [0,1]; may be null
 * @param side image side in pixels
 */
public record EmbeddingData(float[] codes, int dim, int[] labels, List<String> classNames, float[] images, int side) {

    public EmbeddingData {
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(labels, "labels");
        classNames = List.copyOf(classNames);
        if (dim < 1 || (long) labels.length * dim != codes.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + codes.length
                    + " code values of size " + dim);
        }
        if (images != null && (long) labels.length * side * side != images.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + images.length
                    + " pixels of " + side + "x" + side + " images");
        }
        for (int l : labels) {
            if (l < 0 || l >= classNames.size()) {
                throw new IllegalArgumentException("label " + l + " has no class name");
            }
        }
    }

    public int size() {
        return labels.length;
    }

    public float[] code(int i) {
        float[] c = new float[dim];
        System.arraycopy(codes, i * dim, c, 0, dim);
        return c;
    }

    /** Image {@code i}, or null when no images were given. */
    public float[] image(int i) {
        if (images == null) {
            return null;
        }
        float[] im = new float[side * side];
        System.arraycopy(images, i * side * side, im, 0, im.length);
        return im;
    }

    /** The same samples with new codes (e.g. after an epoch of training). */
    public EmbeddingData withCodes(float[] newCodes) {
        return new EmbeddingData(newCodes, dim, labels, classNames, images, side);
    }
}
