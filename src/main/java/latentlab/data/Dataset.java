package latentlab.data;

import java.util.List;
import java.util.Objects;

/**
 * A set of labelled square greyscale images, held as floats in [0,1].
 *
 * <p>Pixels are stored row-major, one image after another: image {@code i} occupies
 * {@code pixels[i * pixelsPerImage() .. (i + 1) * pixelsPerImage())}. Instances are immutable
 * by convention: callers must not write into the arrays they get back.
 *
 * @param id stable identifier of the source and split, e.g. {@code mnist/train}; saved in checkpoints
 * @param pixels all images, row-major
 * @param labels class index per image, in {@code [0, classNames.size())}
 * @param rows image height
 * @param cols image width
 * @param classNames display name of each class
 */
public record Dataset(String id, float[] pixels, int[] labels, int rows, int cols, List<String> classNames) {

    public Dataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        classNames = List.copyOf(classNames);
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + rows + "x" + cols);
        }
        if ((long) labels.length * rows * cols != pixels.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + pixels.length
                    + " pixels for " + rows + "x" + cols + " images");
        }
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    public int pixelsPerImage() {
        return rows * cols;
    }

    public int numClasses() {
        return classNames.size();
    }

    /** A copy of image {@code i}. */
    public float[] image(int i) {
        float[] out = new float[pixelsPerImage()];
        System.arraycopy(pixels, i * pixelsPerImage(), out, 0, out.length);
        return out;
    }

    public int label(int i) {
        return labels[i];
    }

    /** Copies the images at {@code indices} into {@code out}, one after another. */
    public void gather(int[] indices, float[] out) {
        int p = pixelsPerImage();
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(pixels, indices[k] * p, out, k * p, p);
        }
    }

    /** A new dataset holding only the images at {@code indices}, in that order. */
    public Dataset subset(String newId, int[] indices) {
        float[] px = new float[indices.length * pixelsPerImage()];
        gather(indices, px);
        int[] lb = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            lb[k] = labels[indices[k]];
        }
        return new Dataset(newId, px, lb, rows, cols, classNames);
    }

    /** Images per class, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[numClasses()];
        for (int l : labels) {
            counts[l]++;
        }
        return counts;
    }

    /** Mean pixel value over all images. */
    public double pixelMean() {
        double sum = 0;
        for (float v : pixels) {
            sum += v;
        }
        return pixels.length == 0 ? 0 : sum / pixels.length;
    }
}
