package latentlab.ui.plot;

import java.util.function.Consumer;

/**
 * Where a scatter gets its hole map: given the codes at the centres of a grid of cells over the
 * visible region, it decodes each and answers how confidently a classifier recognises the image
 * (1: clearly a digit, 0: nothing it knows). Called on the FX thread; answers on the FX thread,
 * usually after decoding off it. A newer request supersedes an older one, whose answer is dropped.
 */
@FunctionalInterface
public interface HoleMapSource {

    /**
     * A grid to classify.
     *
     * @param range the region the cells cover, edge to edge
     * @param n cells per side
     * @param codes n * n codes of {@code dim} values, row-major, row 0 at the top (highest y)
     * @param dim the code size
     */
    record Request(DataRange range, int n, float[] codes, int dim) {
    }

    /** Classifies {@code request}'s codes and passes n * n confidences in [0, 1], in its order, to {@code done}. */
    void classify(Request request, Consumer<float[]> done);
}
