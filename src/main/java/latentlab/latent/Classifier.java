package latentlab.latent;

/**
 * A trained image classifier seen from above the service line: plain float arrays in, class
 * probabilities and a feature vector per image out. The scoreboard judges decoded images with
 * one. Each instance is confined to one thread, like a {@link Codec}.
 */
public interface Classifier extends AutoCloseable {

    /** Pixels of one input image (side * side). */
    int pixelsPerImage();

    int classCount();

    /** Length of the feature vector of one image. */
    int featureSize();

    /**
     * Probabilities and features of {@code n} images.
     *
     * @param pixels n images, row-major, values in [0,1]
     */
    Classification classify(float[] pixels);

    @Override
    void close();
}
