import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws LatentLab's icon: a 2D latent space with one cluster of codes per class, in the class
 * colours the window uses. Drawn at build time so the repository holds no binary images.
 *
 * <p>Usage: {@code java packaging/icon/LatentLabIcon.java OUT_DIR} writes {@code LatentLab.png}
 * (256 px, Linux), {@code LatentLab.ico} (Windows) and {@code LatentLab.icns} (macOS); the last
 * two hold PNG images, which both formats accept.
 */
public final class LatentLabIcon {

    /** Okabe-Ito class colours as in the window's palette, without black and grey (unreadable here). */
    private static final int[] CLASS_RGB = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        byte[] png256 = png(draw(256));
        Files.write(out.resolve("LatentLab.png"), png256);
        Files.write(out.resolve("LatentLab.ico"), ico(png256, 256));
        Files.write(out.resolve("LatentLab.icns"), icns(png256, png(draw(512))));
    }

    /** The icon at {@code size} pixels; every length is a fraction of the size, so it scales. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;

        // Tile: a rounded square, light at the top, a little deeper at the bottom.
        RoundRectangle2D tile = new RoundRectangle2D.Double(s * 0.04, s * 0.04, s * 0.92, s * 0.92, s * 0.22, s * 0.22);
        g.setPaint(new GradientPaint(0, (float) (s * 0.04), new Color(0xFBFCFE), 0, (float) (s * 0.96), new Color(0xDCE6F2)));
        g.fill(tile);
        g.setColor(new Color(0x2B3A55));
        g.setStroke(new BasicStroke((float) (s * 0.025)));
        g.draw(tile);

        // Latent axes through the centre.
        g.setColor(new Color(0x2B3A55, false));
        g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.28f));
        g.setStroke(new BasicStroke((float) (s * 0.012), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(s * 0.16, s * 0.5, s * 0.84, s * 0.5));
        g.draw(new Line2D.Double(s * 0.5, s * 0.16, s * 0.5, s * 0.84));
        g.setComposite(java.awt.AlphaComposite.SrcOver);

        // One Gaussian cluster of codes per class around the origin, as a trained 2D VAE shows them.
        Random random = new Random(7);
        int classes = CLASS_RGB.length;
        double dot = s * 0.052;
        for (int round = 0; round < 9; round++) {
            for (int c = 0; c < classes; c++) {
                double angle = 2 * Math.PI * c / classes - Math.PI / 2 + 0.35;
                double radius = c % 2 == 0 ? 0.25 : 0.19;
                double x = 0.5 + radius * Math.cos(angle) + 0.045 * random.nextGaussian();
                double y = 0.5 + radius * Math.sin(angle) + 0.045 * random.nextGaussian();
                x = Math.max(0.14, Math.min(0.86, x));
                y = Math.max(0.14, Math.min(0.86, y));
                Ellipse2D point = new Ellipse2D.Double(s * x - dot / 2, s * y - dot / 2, dot, dot);
                g.setColor(new Color(CLASS_RGB[c]));
                g.fill(point);
                g.setColor(new Color(0x1C2433));
                g.setStroke(new BasicStroke((float) (s * 0.006)));
                g.draw(point);
            }
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A one-image ICO file whose image is a PNG (Windows Vista and later read these). */
    static byte[] ico(byte[] png, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);          // reserved
        out.short16(1);          // type: icon
        out.short16(1);          // one image
        out.byte8(size >= 256 ? 0 : size);  // width; 0 means 256
        out.byte8(size >= 256 ? 0 : size);  // height
        out.byte8(0);            // no palette
        out.byte8(0);            // reserved
        out.short16(1);          // colour planes
        out.short16(32);         // bits per pixel
        out.int32(png.length);   // image size
        out.int32(6 + 16);       // image offset: after the header and the one entry
        bytes.write(png);
        return bytes.toByteArray();
    }

    /** An ICNS file with the 256 px ('ic08') and 512 px ('ic09') images as PNG. */
    static byte[] icns(byte[] png256, byte[] png512) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);  // big-endian, as ICNS is
        out.writeBytes("icns");
        out.writeInt(8 + (8 + png256.length) + (8 + png512.length));
        out.writeBytes("ic08");
        out.writeInt(8 + png256.length);
        out.write(png256);
        out.writeBytes("ic09");
        out.writeInt(8 + png512.length);
        out.write(png512);
        out.flush();
        return bytes.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream out) {
        void byte8(int v) {
            out.write(v & 0xff);
        }

        void short16(int v) {
            byte8(v);
            byte8(v >> 8);
        }

        void int32(int v) {
            short16(v);
            short16(v >> 16);
        }
    }
}
