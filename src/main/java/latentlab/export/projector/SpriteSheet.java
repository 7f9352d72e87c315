package latentlab.export.projector;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The sprite image: every image as a greyscale thumbnail (value 0 black, 1 white), laid out by a
 * {@link SpriteLayout}; cells without an image stay black. Images larger than their cell are
 * shrunk by area averaging, each thumbnail pixel the mean of the image area it covers.
 */
final class SpriteSheet {
    private final SpriteLayout layout;
    private final BufferedImage image;
    private final WritableRaster raster;

    SpriteSheet(SpriteLayout layout) {
        this.layout = layout;
        this.image = new BufferedImage(layout.side(), layout.side(), BufferedImage.TYPE_BYTE_GRAY);
        this.raster = image.getRaster();
    }

    /** Draws image {@code index}, whose pixels start at {@code from} in {@code pixels} (row-major). */
    void put(int index, float[] pixels, int from) {
        int t = layout.thumbnailSide();
        float[] thumb = areaAverage(pixels, from, layout.imageSide(), t);
        int x0 = (index % layout.columns()) * t;
        int y0 = (index / layout.columns()) * t;
        for (int y = 0; y < t; y++) {
            for (int x = 0; x < t; x++) {
                float v = Math.max(0, Math.min(1, thumb[y * t + x]));
                raster.setSample(x0 + x, y0 + y, 0, Math.round(v * 255));
            }
        }
    }

    void writePng(Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("this Java runtime cannot write PNG images");
        }
    }

    /** The {@code side}-pixel image at {@code from} shrunk to {@code thumb} pixels a side by area averaging. */
    static float[] areaAverage(float[] pixels, int from, int side, int thumb) {
        float[] out = new float[thumb * thumb];
        double scale = (double) side / thumb;
        for (int ty = 0; ty < thumb; ty++) {
            for (int tx = 0; tx < thumb; tx++) {
                double sum = 0;
                for (int sy = (int) Math.floor(ty * scale); sy < Math.ceil((ty + 1) * scale); sy++) {
                    double wy = overlap(sy, ty * scale, (ty + 1) * scale);
                    for (int sx = (int) Math.floor(tx * scale); sx < Math.ceil((tx + 1) * scale); sx++) {
                        sum += wy * overlap(sx, tx * scale, (tx + 1) * scale) * pixels[from + sy * side + sx];
                    }
                }
                out[ty * thumb + tx] = (float) (sum / (scale * scale));
            }
        }
        return out;
    }

    /** How much of source pixel [p, p+1) lies within [lo, hi). */
    private static double overlap(int p, double lo, double hi) {
        return Math.max(0, Math.min(p + 1, hi) - Math.max(p, lo));
    }
}
