package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a hole map asks of a model's decoder, and how it scores a cell from the images. */
class HoleMapGridTest {

    private static final float[] CELLS = {0, 0, 1, 0, 0, 1}; // three cells of 2-d codes

    @Test
    void aPlainDecoderDecodesEachCellOnceAndTheCellScoresItsImage() {
        HoleMaps.Conditioned grid = HoleMaps.Conditioned.of(CELLS, 3, 1);
        assertArrayEquals(CELLS, grid.codes());
        assertNull(grid.labels());
        assertArrayEquals(new float[] {0.9f, 0.2f, 0.5f}, grid.score(new float[] {0.9f, 0.2f, 0.5f}));
    }

    @Test
    void aConditionalDecoderDrawsEveryClassInEachCellAndTheCellScoresTheirMean() {
        HoleMaps.Conditioned grid = HoleMaps.Conditioned.of(CELLS, 3, 2);
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1}, grid.codes(), "the grid once per class");
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, grid.labels());
        // Class 0 drawn well everywhere; class 1 only in the first cell.
        float[] confidence = {1, 1, 1, 1, 0, 0.5f};
        assertArrayEquals(new float[] {1, 0.5f, 0.75f}, grid.score(confidence), 1e-6f);
    }
}
