package latentlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Animated GIFs with the JDK's own GIF writer: one frame per image, each shown for its delay, and
 * the NETSCAPE2.0 application extension that makes viewers loop the animation.
 */
public final class AnimatedGif {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {
    }

    /**
     * Writes {@code frames} to {@code file} as a GIF that loops forever; the file appears whole
     * or not at all.
     *
     * @param delays how long each frame shows, in hundredths of a second (one per frame)
     */
    public static void write(List<BufferedImage> frames, int[] delays, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // A sibling with the user's usual permissions (a temporary file would be private to its owner).
        Path temp = parent.resolve(file.getFileName() + ".part-" + System.nanoTime());
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(frames, delays, out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code frames} as a looping GIF to {@code out}, which stays open. */
    public static void write(List<BufferedImage> frames, int[] delays, OutputStream out) throws IOException {
        if (frames.isEmpty() || delays.length != frames.size()) {
            throw new IllegalArgumentException(frames.size() + " frames need as many delays, got " + delays.length);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no GIF writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage frame = frames.get(i);
                writer.writeToSequence(new IIOImage(frame, null, metadata(writer, frame, delays[i], i == 0)), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage frame, int delay, boolean first)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delay)));
        control.setAttribute("transparentColorIndex", "0");
        // The JDK writes interlaced frames by default, and loses the rows of a frame shorter than
        // interlacing's first pass (8 rows): a 2-row frame read back with its second row black.
        child(root, "ImageDescriptor").setAttribute("interlaceFlag", "FALSE");
        if (frame.getColorModel() instanceof IndexColorModel palette) {
            // The writer's default palette is not the image's: give each frame its own table.
            root.appendChild(colorTable(palette));
        }
        if (first) {
            // NETSCAPE2.0: sub-block 1, then the loop count as a little-endian short; 0 = forever.
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        meta.setFromTree(FORMAT, root);
        return meta;
    }

    private static IIOMetadataNode colorTable(IndexColorModel palette) {
        int size = 2;
        while (size < palette.getMapSize()) {
            size *= 2;
        }
        IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < size; i++) {
            int rgb = i < palette.getMapSize() ? palette.getRGB(i) : 0;
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(rgb >> 16 & 0xff));
            entry.setAttribute("green", Integer.toString(rgb >> 8 & 0xff));
            entry.setAttribute("blue", Integer.toString(rgb & 0xff));
            table.appendChild(entry);
        }
        return table;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
