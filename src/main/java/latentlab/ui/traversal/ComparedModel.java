package latentlab.ui.traversal;

import java.util.Objects;
import latentlab.latent.EmbeddingData;

/**
 * One model of a comparison as the traversal views need it: its name, its decoder, and the codes
 * it gives the samples. Every model of a comparison encodes the same samples in the same order,
 * so "sample 12" is one image, with a code in each model's own latent space.
 *
 * @param variational whether its codes are meant to follow N(0, I) (spherical paths are offered)
 */
public record ComparedModel(String name, FrameSource frames, EmbeddingData data, boolean variational) {
    public ComparedModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(data, "data");
    }
}
