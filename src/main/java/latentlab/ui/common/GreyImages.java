package latentlab.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Greyscale float images (values in [0,1]) turned into JavaFX images, white ink on black as in MNIST. */
public final class GreyImages {

    private GreyImages() {
    }

    /** The square image at {@code offset} in {@code pixels}, each pixel drawn as a scale x scale block. */
    public static WritableImage image(float[] pixels, int offset, int side, int scale) {
        return image(pixels, offset, side, side, scale);
    }

    /** A {@code rows x cols} image at {@code offset} in {@code pixels}, each pixel a scale x scale block. */
    public static WritableImage image(float[] pixels, int offset, int rows, int cols, int scale) {
        int w = cols * scale;
        int h = rows * scale;
        int[] argb = new int[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                argb[r * w + c] = grey(pixels[offset + (r / scale) * cols + c / scale]);
            }
        }
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }

    /** Writes one image into {@code target} with its top-left corner at (x, y). */
    public static void write(WritableImage target, float[] pixels, int offset, int side, int scale, int x, int y) {
        int w = side * scale;
        int[] argb = new int[w * w];
        for (int r = 0; r < w; r++) {
            for (int c = 0; c < w; c++) {
                argb[r * w + c] = grey(pixels[offset + (r / scale) * side + c / scale]);
            }
        }
        target.getPixelWriter().setPixels(x, y, w, w, PixelFormat.getIntArgbInstance(), argb, 0, w);
    }

    /** Opaque grey ARGB of a value in [0,1] (clamped). */
    public static int grey(float v) {
        int g = Math.round(Math.max(0, Math.min(1, v)) * 255);
        return 0xFF000000 | g << 16 | g << 8 | g;
    }
}
