package latentlab.model.block;

import ai.djl.ndarray.NDArray;

/** A differentiable map from one batch to another: an encoder or a decoder. */
@FunctionalInterface
public interface Net {
    /** Maps a batch; every result is attached to the manager of {@code x}, in x's data type. */
    NDArray forward(NDArray x);
}
