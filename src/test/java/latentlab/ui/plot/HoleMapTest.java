package latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoleMapTest {

    /** 4 x 4 cells over x in [-2, 2], y in [0, 8]: cells 1 wide and 2 tall. */
    private static final DataRange RANGE = new DataRange(-2, 0, 2, 8);

    private static HoleMap numbered() {
        float[] v = new float[16];
        for (int k = 0; k < 16; k++) {
            v[k] = k / 15f;
        }
        return new HoleMap(RANGE, 4, v);
    }

    @Test
    void rowZeroIsTheTopAndColumnZeroTheLeft() {
        HoleMap map = numbered();
        assertEquals(0, map.column(-1.9));
        assertEquals(3, map.column(1.9));
        assertEquals(0, map.row(7.9), "the highest y is row 0");
        assertEquals(3, map.row(0.1));
        assertEquals(1 / 15f, map.valueAt(-0.5, 7), 1e-6, "row 0, column 1");
        assertEquals(14 / 15f, map.valueAt(0.5, 1), 1e-6, "row 3, column 2");
    }

    @Test
    void edgesBelongToTheRangeAndOutsideIsNoCell() {
        HoleMap map = numbered();
        assertEquals(3, map.column(2), "the right edge is in the last column");
        assertEquals(0, map.row(8), "the top edge is in row 0");
        assertEquals(-1, map.column(2.01));
        assertEquals(-1, map.row(-0.01));
        assertTrue(Double.isNaN(map.valueAt(5, 5)));
    }

    @Test
    void eachCellCentreFallsInItsOwnCellInTheValuesOrder() {
        HoleMap map = numbered();
        float[] centres = HoleMap.cellCentres(RANGE, 4);
        assertEquals(-1.5f, centres[0], 1e-6);
        assertEquals(7f, centres[1], 1e-6);
        for (int k = 0; k < 16; k++) {
            assertEquals(k / 15f, map.valueAt(centres[2 * k], centres[2 * k + 1]), 1e-6, "cell " + k);
        }
    }

    @Test
    void valuesThatDoNotFitAreRefusedWithTheReason() {
        var wrongSize = assertThrows(IllegalArgumentException.class, () -> new HoleMap(RANGE, 4, new float[15]));
        assertEquals("a hole map of 4 x 4 cells needs 16 values, got 15", wrongSize.getMessage());
        float[] v = new float[16];
        v[6] = 1.5f;
        var outOfRange = assertThrows(IllegalArgumentException.class, () -> new HoleMap(RANGE, 4, v));
        assertTrue(outOfRange.getMessage().contains("cell 6 (row 1, column 2) is 1.5"), outOfRange.getMessage());
        v[6] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> new HoleMap(RANGE, 4, v));
        assertThrows(IllegalArgumentException.class, () -> new HoleMap(new DataRange(0, 0, 0, 1), 1, new float[1]));
    }

    @Test
    void lowConfidenceIsDrawnRedderThanHighOnEitherBackground() {
        for (int background : new int[] {0xFFFFFFFF, 0xFF0D1117}) {
            assertEquals(background, ConfidenceScale.argb(1, background), "a recognised cell keeps the background");
            int hole = ConfidenceScale.argb(0, background);
            int half = ConfidenceScale.argb(0.5, background);
            assertTrue(red(hole) - green(hole) > red(half) - green(half), "holes are the reddest");
            assertTrue(red(half) - green(half) > red(background) - green(background));
        }
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xff;
    }
}
