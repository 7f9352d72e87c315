package latentlab.latent;

import latentlab.model.ModelSpec;

/**
 * A trained model seen from above the service line: plain float arrays in and out, no engine
 * types. Each instance is confined to one thread (the inference thread of a view, a CLI
 * command); it reads a parameter snapshot, never weights that training is changing.
 */
public interface Codec extends AutoCloseable {

    ModelSpec spec();

    default int latentDim() {
        return spec().latentDim();
    }

    default int pixelsPerImage() {
        return spec().inputSize();
    }

    /**
     * Codes of {@code n} images.
     *
     * @param pixels n images, row-major, values in [0,1]
     * @param labels n labels (used by conditional models; may be null otherwise)
     * @return n codes, row-major (n x latentDim); the mean for variational models
     */
    float[] encode(float[] pixels, int[] labels);

    /**
     * The log-variances of the encoder's diagonal Gaussian for {@code n} images (n x latentDim),
     * the companion of {@link #encode}'s means; only variational models have them.
     *
     * @throws UnsupportedOperationException for a model without a posterior variance
     */
    default float[] encodeLogVariance(float[] pixels, int[] labels) {
        throw new UnsupportedOperationException(spec().kind().displayName() + " has no posterior variance");
    }

    /**
     * Images for {@code n} codes.
     *
     * @param codes n codes, row-major (n x latentDim)
     * @param labels n labels (the class asked of a conditional decoder; may be null otherwise)
     * @return n images, row-major, values in [0,1]
     */
    float[] decode(float[] codes, int[] labels);

    /** Reconstructions of {@code n} images: decode(encode(x)). */
    default float[] reconstruct(float[] pixels, int[] labels) {
        return decode(encode(pixels, labels), labels);
    }

    @Override
    void close();
}
