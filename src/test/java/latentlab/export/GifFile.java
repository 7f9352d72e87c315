package latentlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/** A GIF read back with the JDK's reader, as a viewer would see it: its frames, delays and loop count. */
public record GifFile(List<BufferedImage> frames, int[] delays, Integer loops) {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    /** @return the file's frames; {@code loops} is the NETSCAPE2.0 loop count (0 = forever), or null without one */
    public static GifFile read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try {
                reader.setInput(in);
                int n = reader.getNumImages(true);
                List<BufferedImage> frames = new ArrayList<>();
                int[] delays = new int[n];
                Integer loops = null;
                for (int i = 0; i < n; i++) {
                    frames.add(reader.read(i));
                    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT);
                    IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
                            .item(0);
                    delays[i] = Integer.parseInt(control.getAttribute("delayTime"));
                    var apps = root.getElementsByTagName("ApplicationExtension");
                    for (int a = 0; a < apps.getLength(); a++) {
                        IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
                        byte[] data = (byte[]) app.getUserObject();
                        if ("NETSCAPE".equals(app.getAttribute("applicationID")) && data.length == 3 && data[0] == 1) {
                            loops = (data[1] & 0xff) | (data[2] & 0xff) << 8;
                        }
                    }
                }
                return new GifFile(frames, delays, loops);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Left edge of model {@code m}'s column of {@code cell} pixels in a {@link SideBySideFrames} frame. */
    public static int columnLeft(int m, int cell) {
        return SideBySideFrames.MARGIN + m * (cell + SideBySideFrames.MARGIN);
    }

    /** Height of the band of model names above the images of a {@link SideBySideFrames} frame. */
    public static int labelBand() {
        return SideBySideFrames.LABEL_BAND;
    }

    /** Grey level (0..255) of a pixel of frame {@code f}. */
    public int grey(int f, int x, int y) {
        return frames.get(f).getRGB(x, y) & 0xff;
    }

    /** How many pixels of frame {@code f} in the rectangle are brighter than {@code level}. */
    public int brighter(int f, int x, int y, int w, int h, int level) {
        int count = 0;
        for (int r = y; r < y + h; r++) {
            for (int c = x; c < x + w; c++) {
                if (grey(f, c, r) > level) {
                    count++;
                }
            }
        }
        return count;
    }
}
