package latentlab.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames of one traversal played in several models at once: a column per model with its name
 * above, the decoded images scaled up with sharp pixels, and a caption per frame below (where on
 * the path it is). Grey levels only, so every frame is exact in a GIF's palette.
 */
public final class SideBySideFrames {
    static final int MARGIN = 8;
    static final int LABEL_BAND = 22;
    static final int CAPTION_BAND = 20;
    private static final int BACKGROUND = 48;

    private SideBySideFrames() {
    }

    /**
     * @param labels the name of each model, e.g. "AE", "VAE"
     * @param images per model, the decoded frames one after another (frames x side x side)
     * @param captions one per frame, e.g. "t = 0.25"
     */
    public static List<BufferedImage> compose(List<String> labels, List<float[]> images, int side, int scale,
            List<String> captions) {
        int frames = captions.size();
        if (labels.size() != images.size() || labels.isEmpty()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + images.size() + " models");
        }
        for (float[] model : images) {
            if (model.length != frames * side * side) {
                throw new IllegalArgumentException("each model needs " + frames + " frames of " + side + "x" + side);
            }
        }
        int cell = side * scale;
        int width = MARGIN + labels.size() * (cell + MARGIN);
        int height = LABEL_BAND + cell + CAPTION_BAND;
        List<BufferedImage> out = new ArrayList<>(frames);
        for (int f = 0; f < frames; f++) {
            BufferedImage frame = GrayImages.blank(width, height);
            Graphics2D g = frame.createGraphics();
            try {
                g.setColor(new Color(BACKGROUND, BACKGROUND, BACKGROUND));
                g.fillRect(0, 0, width, height);
                // Text without anti-aliasing: its edges stay on the palette's greys, no half tones to dither.
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
                g.setColor(Color.WHITE);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
                for (int m = 0; m < labels.size(); m++) {
                    centred(g, labels.get(m), MARGIN + m * (cell + MARGIN), cell, LABEL_BAND - 6);
                }
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                centred(g, captions.get(f), 0, width, LABEL_BAND + cell + CAPTION_BAND - 6);
            } finally {
                g.dispose();
            }
            for (int m = 0; m < labels.size(); m++) {
                GrayImages.draw(frame.getRaster(), images.get(m), f, side, scale, MARGIN + m * (cell + MARGIN),
                        LABEL_BAND);
            }
            out.add(frame);
        }
        return out;
    }

    private static void centred(Graphics2D g, String text, int left, int width, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, left + (width - fm.stringWidth(text)) / 2, baseline);
    }
}
