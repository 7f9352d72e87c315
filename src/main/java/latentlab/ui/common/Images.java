package latentlab.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Greyscale float images (values in [0,1]) to JavaFX images, ink dark on light paper. */
public final class Images {
    private Images() {
    }

    /**
     * An image of {@code rows x cols} pixels taken from {@code pixels} at {@code offset}, each
     * pixel drawn as a {@code scale x scale} block (no smoothing, so pixels stay visible).
     */
    public static WritableImage grey(float[] pixels, int offset, int rows, int cols, int scale) {
        int w = cols * scale;
        int h = rows * scale;
        int[] argb = new int[w * h];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float v = pixels[offset + r * cols + c];
                int g = 255 - Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
                int color = 0xFF000000 | (g << 16) | (g << 8) | g;
                for (int dy = 0; dy < scale; dy++) {
                    int row = (r * scale + dy) * w + c * scale;
                    for (int dx = 0; dx < scale; dx++) {
                        argb[row + dx] = color;
                    }
                }
            }
        }
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }
}
