package latentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFileTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheImageScaledWithSharpPixels() throws Exception {
        // A 2x2 image: black, white / mid grey, black, scaled 3x.
        BufferedImage img = GrayImages.image(new float[] {0, 1, 0.5f, 0}, 0, 2, 3);
        Path png = tmp.resolve("image.png");
        PngFile.write(img, png);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(6, back.getWidth());
        // Grey levels as stored (getRGB would pass them through Java's linear-grey colour space).
        assertEquals(255, back.getRaster().getSample(5, 0, 0));
        assertEquals(255, back.getRaster().getSample(3, 2, 0));
        assertEquals(128, back.getRaster().getSample(2, 5, 0));
        assertEquals(0, back.getRaster().getSample(3, 3, 0));
        assertEquals(List.of(png), Files.list(tmp).toList(), "no partial file left");
    }
}
