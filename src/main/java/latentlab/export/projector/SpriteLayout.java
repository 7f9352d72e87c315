package latentlab.export.projector;

import java.util.Locale;

/**
 * Where the thumbnails of a sprite go: a square of {@code columns x columns} cells, row by row
 * (image i in row i / columns, column i % columns), {@code columns = ceil(sqrt(count))}. The
 * Embedding Projector loads sprites of at most {@value #MAX_SIDE} pixels a side, so beyond
 * {@code floor(8192 / imageSide)^2} images (85,264 of 28x28) the thumbnails shrink to fit.
 *
 * @param count images in the sprite
 * @param columns cells per row and per column
 * @param imageSide pixels per side of each image
 * @param thumbnailSide pixels per side of each cell: the image side, or less to keep within the limit
 */
public record SpriteLayout(int count, int columns, int imageSide, int thumbnailSide) {
    /** The largest sprite side the Projector loads (its WebGL texture limit). */
    public static final int MAX_SIDE = 8192;

    /** The layout of {@code count} images of {@code imageSide} pixels a side. */
    public static SpriteLayout of(int count, int imageSide) {
        if (count < 1 || imageSide < 1) {
            throw new IllegalArgumentException("a sprite needs at least one image of at least one pixel");
        }
        int columns = (int) Math.ceil(Math.sqrt(count));
        // Floating point can round a perfect square's root up: take the least whole side that holds them.
        while ((long) (columns - 1) * (columns - 1) >= count) {
            columns--;
        }
        int thumbnail = Math.min(imageSide, MAX_SIDE / columns);
        if (thumbnail < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%,d images do not fit a sprite of %d pixels even at one pixel each", count, MAX_SIDE));
        }
        return new SpriteLayout(count, columns, imageSide, thumbnail);
    }

    /** Pixels per side of the whole sprite. */
    public int side() {
        return columns * thumbnailSide;
    }

    public boolean isShrunk() {
        return thumbnailSide < imageSide;
    }

    /** One sentence for the user when the thumbnails had to shrink; empty otherwise. */
    public String note() {
        return isShrunk() ? String.format(Locale.ROOT, "thumbnails are %dx%d instead of %dx%d so that the sprite of"
                + " %,d images stays within the Projector's %d pixels", thumbnailSide, thumbnailSide, imageSide,
                imageSide, count, MAX_SIDE) : "";
    }
}
