package latentlab.export.projector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpriteLayoutTest {
    @Test
    void theSquareIsTheSmallestThatHoldsEveryImage() {
        assertEquals(3, SpriteLayout.of(9, 28).columns());
        assertEquals(4, SpriteLayout.of(10, 28).columns());
        assertEquals(1, SpriteLayout.of(1, 28).columns());
        SpriteLayout mnist = SpriteLayout.of(70_000, 28);
        assertEquals(265 * 28, mnist.side(), "all of MNIST fits at full size");
        assertFalse(mnist.isShrunk());
        assertEquals("", mnist.note());
    }

    @Test
    void beyondTheProjectorsLimitTheThumbnailsShrinkAndSaySo() {
        assertFalse(SpriteLayout.of(292 * 292, 28).isShrunk(), "292 x 28 = 8176 still fits");
        SpriteLayout big = SpriteLayout.of(100_000, 28);
        assertEquals(317, big.columns());
        assertEquals(25, big.thumbnailSide(), "8192 / 317 = 25.8");
        assertTrue(big.side() <= SpriteLayout.MAX_SIDE);
        assertEquals("thumbnails are 25x25 instead of 28x28 so that the sprite of 100,000 images stays within the"
                + " Projector's 8192 pixels", big.note());
        assertThrows(IllegalArgumentException.class, () -> SpriteLayout.of(8193 * 8193, 28));
    }

    @Test
    void shrinkingAveragesTheAreaEachThumbnailPixelCovers() {
        float[] four = {
            1, 1, 0, 0,
            1, 1, 0, 0,
            0, 0, 0.5f, 0,
            0, 0, 0, 0.5f};
        assertArrayEquals(new float[] {1, 0, 0, 0.25f}, SpriteSheet.areaAverage(four, 0, 4, 2), 1e-6f);
        // 3 -> 2: the top-left thumbnail pixel covers 1 x 1 of pixel (0,0), half of (0,1) and (1,0), a quarter of (1,1).
        float[] three = {
            1, 1, 0,
            1, 1, 0,
            0, 0, 0};
        float topLeft = (1 + 0.5f + 0.5f + 0.25f) / 2.25f;
        assertEquals(topLeft, SpriteSheet.areaAverage(three, 0, 3, 2)[0], 1e-6f);
        assertEquals(0.25f / 2.25f, SpriteSheet.areaAverage(three, 0, 3, 2)[3], 1e-6f);
    }
}
