package latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MosaicDividerTest {

    @Test
    void aWideViewGivesTheMosaicASquareAsTallAsTheView() {
        // 1600 x 900: the mosaic's side takes 900 + 30 pixels, the scatter the other 670.
        assertEquals(930.0 / 1600, MosaicDivider.share(1600, 900, 30), 1e-9);
    }

    @Test
    void aSquarerViewLeavesTheScatterItsWidth() {
        assertEquals((1000 - MosaicDivider.MIN_SCATTER) / 1000, MosaicDivider.share(1000, 700, 30), 1e-9);
    }

    @Test
    void aNarrowViewStillGivesTheMosaicTwoFifths() {
        assertEquals(0.4, MosaicDivider.share(500, 700, 30), 1e-9);
    }
}
