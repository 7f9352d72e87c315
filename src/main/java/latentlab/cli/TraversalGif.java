package latentlab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import latentlab.data.Dataset;
import latentlab.export.AnimatedGif;
import latentlab.export.SideBySideFrames;
import latentlab.latent.Codec;
import latentlab.latent.path.Interpolation;

/**
 * The interpolation between two validation images played in several models side by side, as a
 * looping GIF: forward, a pause, back again, each model's column labelled.
 */
final class TraversalGif {
    static final int STEPS = 24;
    static final int SCALE = 4;
    /** Hundredths of a second per frame, and at each end. */
    static final int FRAME_DELAY = 8;
    static final int END_DELAY = 80;

    private TraversalGif() {
    }

    /** Writes the GIF; returns its number of frames. */
    static int write(Path file, List<String> labels, List<Codec> codecs, Dataset validation, int from, int to)
            throws IOException {
        int side = validation.rows();
        List<float[]> images = new ArrayList<>();
        for (Codec codec : codecs) {
            float[] ends = codec.encode(concat(validation.image(from), validation.image(to)), null);
            int d = codec.latentDim();
            float[] a = new float[d];
            float[] b = new float[d];
            System.arraycopy(ends, 0, a, 0, d);
            System.arraycopy(ends, d, b, 0, d);
            images.add(pingPong(codec.decode(Interpolation.linear(a, b, STEPS).codes(), null), side * side));
        }
        String fromName = validation.classNames().get(validation.label(from));
        String toName = validation.classNames().get(validation.label(to));
        List<String> captions = new ArrayList<>();
        int[] delays = new int[2 * STEPS];
        for (int f = 0; f < 2 * STEPS; f++) {
            int t = f <= STEPS ? f : 2 * STEPS - f;
            captions.add(String.format(Locale.ROOT, "%s to %s   t = %.2f", fromName, toName, (double) t / STEPS));
            delays[f] = t == 0 || t == STEPS ? END_DELAY : FRAME_DELAY;
        }
        List<BufferedImage> frames = SideBySideFrames.compose(labels, images, side, SCALE, captions);
        AnimatedGif.write(frames, delays, file);
        return frames.size();
    }

    /** Frames 0..T then T-1..1, so that the loop runs back and forth without a jump. */
    private static float[] pingPong(float[] forward, int pixels) {
        int count = forward.length / pixels;
        int total = 2 * (count - 1);
        float[] out = new float[total * pixels];
        for (int f = 0; f < total; f++) {
            int src = f < count ? f : total - f;
            System.arraycopy(forward, src * pixels, out, f * pixels, pixels);
        }
        return out;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
