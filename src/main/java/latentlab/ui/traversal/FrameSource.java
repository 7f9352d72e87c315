package latentlab.ui.traversal;

import java.util.function.Consumer;

/**
 * How a player gets its frames: one model's decoder, asked for many codes at once. The answer
 * comes later, on the FX thread (a workspace's inference thread behind it); a newer request may
 * replace an older one not yet started. Over a workspace's codec access that is one line:
 * {@code (codes, n, images, error) -> access.decodeAll(key, codes, null, images, error)}.
 */
@FunctionalInterface
public interface FrameSource {

    /**
     * Decodes {@code n} codes (n x dim, row-major) and hands over the images (n x pixels,
     * row-major, values in [0,1]) or one sentence saying why not.
     */
    void decode(float[] codes, int n, Consumer<float[]> images, Consumer<String> error);
}
