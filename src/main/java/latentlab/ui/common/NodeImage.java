package latentlab.ui.common;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/** A view as a picture, for a PNG: drawn afresh at a chosen scale, so a 2x export is sharp, not enlarged. */
public final class NodeImage {
    /** The largest side a picture may have: beyond it the graphics pipeline cannot draw it in one piece. */
    public static final int MAX_SIDE = 16_384;

    private NodeImage() {
    }

    /**
     * Draws {@code node} as laid out now, {@code scale} times as many pixels each way, on an opaque
     * {@code background}. Call on the FX thread.
     *
     * @throws IllegalArgumentException when the scale is not in (0, 8] or the picture would exceed {@link #MAX_SIDE}
     */
    public static BufferedImage capture(Node node, double scale, Color background) {
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("the scale must be above 0 and at most 8, not " + scale);
        }
        var bounds = node.getLayoutBounds();
        long w = Math.round(bounds.getWidth() * scale);
        long h = Math.round(bounds.getHeight() * scale);
        if (w < 1 || h < 1) {
            throw new IllegalArgumentException("the view is not on screen: it has no size to draw");
        }
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new IllegalArgumentException(String.format("at %sx the picture would be %d x %d pixels; at most %d"
                    + " a side can be drawn: choose a smaller scale", trim(scale), w, h, MAX_SIDE));
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(background);
        WritableImage image = node.snapshot(p, null);
        int iw = (int) image.getWidth();
        int ih = (int) image.getHeight();
        int[] argb = new int[iw * ih];
        image.getPixelReader().getPixels(0, 0, iw, ih, PixelFormat.getIntArgbInstance(), argb, 0, iw);
        BufferedImage out = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, iw, ih, argb, 0, iw);
        return out;
    }

    private static String trim(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
