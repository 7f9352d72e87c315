package latentlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;

/** Greyscale pixels (floats in [0,1]) as images, scaled up with sharp pixels. */
public final class GrayImages {
    private static final IndexColorModel GRAYS = grays();

    private GrayImages() {
    }

    /** A blank image of 256 grey levels (an indexed palette, as GIF needs), black. */
    public static BufferedImage blank(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, GRAYS);
    }

    /**
     * Image {@code index} of {@code pixels} (square images of {@code side}, row-major, one after
     * another), each pixel drawn as a {@code scale} x {@code scale} block. Values are clamped to [0,1].
     */
    public static BufferedImage image(float[] pixels, int index, int side, int scale) {
        BufferedImage img = blank(side * scale, side * scale);
        draw(img.getRaster(), pixels, index, side, scale, 0, 0);
        return img;
    }

    /** Draws image {@code index} of {@code pixels} into {@code raster} with its top left at (x, y). */
    public static void draw(WritableRaster raster, float[] pixels, int index, int side, int scale, int x, int y) {
        int offset = index * side * side;
        if (offset < 0 || offset + side * side > pixels.length) {
            throw new IllegalArgumentException("no image " + index + " of " + side + "x" + side + " in "
                    + pixels.length + " pixels");
        }
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                float v = pixels[offset + r * side + c];
                int level = Math.round(255 * Math.max(0f, Math.min(1f, Float.isNaN(v) ? 0f : v)));
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        raster.setSample(x + c * scale + dx, y + r * scale + dy, 0, level);
                    }
                }
            }
        }
    }

    private static IndexColorModel grays() {
        byte[] levels = new byte[256];
        for (int i = 0; i < 256; i++) {
            levels[i] = (byte) i;
        }
        return new IndexColorModel(8, 256, levels, levels, levels);
    }
}
