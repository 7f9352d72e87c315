package latentlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** PNG files of images, written whole or not at all. */
public final class PngFile {
    private PngFile() {
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // A sibling with the user's usual permissions (a temporary file would be private to its owner).
        Path temp = parent.resolve(file.getFileName() + ".part-" + System.nanoTime());
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("this Java runtime has no PNG writer");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
