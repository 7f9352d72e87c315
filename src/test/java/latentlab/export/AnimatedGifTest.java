package latentlab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class AnimatedGifTest {
    @TempDir
    Path tmp;

    /** Two models' 4x4 "images" fading in opposite directions over six frames. */
    private static List<BufferedImage> frames() {
        int frames = 6;
        float[] up = new float[frames * 16];
        float[] down = new float[frames * 16];
        for (int f = 0; f < frames; f++) {
            for (int p = 0; p < 16; p++) {
                up[f * 16 + p] = f / 5f;
                down[f * 16 + p] = 1 - f / 5f;
            }
        }
        List<String> captions = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            captions.add("t = " + f / 5.0);
        }
        return SideBySideFrames.compose(List.of("AE", "VAE"), List.of(up, down), 4, 8, captions);
    }

    @Test
    void framesOfAFewPixelsReadBackPixelForPixel() throws Exception {
        // Shorter than the 8 rows of interlacing's first pass: every row must still come back in place.
        List<BufferedImage> frames = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    int g = (f * 6 + y * 3 + x) * 20;
                    img.setRGB(x, y, g << 16 | g << 8 | g);
                }
            }
            frames.add(img);
        }
        Path gif = tmp.resolve("tiny.gif");
        AnimatedGif.write(frames, new int[] {10, 10}, gif);
        GifFile read = GifFile.read(gif);
        assertEquals(2, read.frames().size());
        for (int f = 0; f < 2; f++) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    assertEquals(frames.get(f).getRGB(x, y) & 0xffffff, read.frames().get(f).getRGB(x, y) & 0xffffff,
                            "frame " + f + " pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void readsBackAsALoopingAnimationOfEveryFrame() throws Exception {
        Path gif = tmp.resolve("out/traversal.gif");
        List<BufferedImage> frames = frames();
        int[] delays = {50, 8, 8, 8, 8, 50};
        AnimatedGif.write(frames, delays, gif);

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = find(first, "ApplicationExtension");
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            assertEquals("2.0", loop.getAttribute("authenticationCode"));
            assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) loop.getUserObject(), "loop forever");
            for (int i = 0; i < 6; i++) {
                IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                assertEquals(Integer.toString(delays[i]), find(meta, "GraphicControlExtension")
                        .getAttribute("delayTime"));
            }
            BufferedImage a = reader.read(0);
            BufferedImage b = reader.read(3);
            assertEquals(frames.get(0).getWidth(), a.getWidth());
            assertFalse(samePixels(a, b), "frames 0 and 3 are the same picture");
            // The grey levels survive exactly: the AE cell of frame 3 is 3/5 white, the VAE cell 2/5.
            int cellY = SideBySideFrames.LABEL_BAND + 16;
            assertEquals(0x999999, b.getRGB(SideBySideFrames.MARGIN + 16, cellY) & 0xffffff, "AE cell");
            assertEquals(0x666666, b.getRGB(2 * SideBySideFrames.MARGIN + 32 + 16, cellY) & 0xffffff, "VAE cell");
            assertEquals(0x303030, b.getRGB(1, cellY) & 0xffffff, "background");
        }
        assertTrue(Files.list(tmp.resolve("out")).allMatch(p -> p.getFileName().toString().equals("traversal.gif")),
                "no temporary file left behind");
    }

    @Test
    void labelsEachColumnAndCaptionsEachFrame() {
        BufferedImage f = frames().get(0);
        int cell = 32;
        assertEquals(SideBySideFrames.MARGIN * 3 + 2 * cell, f.getWidth());
        assertEquals(SideBySideFrames.LABEL_BAND + cell + SideBySideFrames.CAPTION_BAND, f.getHeight());
        assertTrue(whitePixels(f, 0, SideBySideFrames.LABEL_BAND) > 20, "the labels are drawn");
        assertTrue(whitePixels(f, SideBySideFrames.LABEL_BAND + cell, f.getHeight()) > 20, "the caption is drawn");
    }

    private static int whitePixels(BufferedImage img, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xffffff) == 0xffffff ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static IIOMetadataNode find(Node node, String name) {
        if (node.getNodeName().equals(name)) {
            return (IIOMetadataNode) node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            IIOMetadataNode found = find(c, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
