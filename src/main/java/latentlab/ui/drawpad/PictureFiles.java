package latentlab.ui.drawpad;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** Reads a picture file into ARGB pixels, or explains in plain words why it cannot. */
public final class PictureFiles {

    /** ARGB pixels of a picture, row-major. */
    public record Picture(int[] argb, int width, int height) {
    }

    /** Why a file is not a picture LatentLab can use; the message is meant for the user. */
    public static final class NotAPictureException extends Exception {
        public NotAPictureException(String message) {
            super(message);
        }
    }

    private PictureFiles() {
    }

    public static Picture read(Path file) throws NotAPictureException {
        String name = file.getFileName().toString();
        Image image;
        try (InputStream in = Files.newInputStream(file)) {
            image = new Image(in);
        } catch (IOException e) {
            throw new NotAPictureException(name + " could not be opened: " + e.getMessage());
        }
        if (image.isError() || image.getWidth() < 1 || image.getHeight() < 1 || image.getPixelReader() == null) {
            throw new NotAPictureException(name + " is not an image LatentLab can read (PNG, JPEG, GIF, BMP)");
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Picture(argb, w, h);
    }
}
