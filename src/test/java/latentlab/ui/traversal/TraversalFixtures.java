package latentlab.ui.traversal;

import java.util.List;
import latentlab.latent.EmbeddingData;

/**
 * Two stand-in models over the same 20 samples, decoding a code to a picture between a ring
 * (a "0") and a bar (a "1") by its first coordinate: the smooth one blends gradually, the jumpy
 * one flips from one to the other where z1 crosses 0, as an AE with a hole in its space does.
 * Both answer at once on the calling thread.
 */
final class TraversalFixtures {

    static final int SIDE = 28;
    /** Sample 0 sits at z1 = -2 and sample 1 at z1 = +2: the path between them crosses 0 half way. */
    static final int LEFT = 0;
    static final int RIGHT = 1;

    private TraversalFixtures() {
    }

    static ComparedModel smooth(String name) {
        return new ComparedModel(name, source(false), data(1), true);
    }

    static ComparedModel jumpy(String name) {
        return new ComparedModel(name, source(true), data(3), false);
    }

    static List<ComparedModel> pair() {
        return List.of(jumpy("AE"), smooth("VAE"));
    }

    /** 20 samples of classes 0..9 on a 5 x 4 grid of z1 in [-2, 2], z2 scaled by {@code spread}. */
    static EmbeddingData data(double spread) {
        int n = 20;
        float[] codes = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            codes[2 * i] = -2 + (i % 5);
            codes[2 * i + 1] = (float) (spread * ((i / 5) - 1.5));
            labels[i] = i % 10;
        }
        codes[2 * RIGHT] = 2;
        return new EmbeddingData(codes, 2, labels, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), null,
                SIDE);
    }

    static FrameSource source(boolean jumpy) {
        return (codes, n, images, error) -> {
            int dim = codes.length / n;
            float[] out = new float[n * SIDE * SIDE];
            for (int i = 0; i < n; i++) {
                draw(out, i * SIDE * SIDE, blend(codes[i * dim], jumpy));
            }
            images.accept(out);
        };
    }

    /** How far from ring to bar a code with first coordinate {@code z} decodes. */
    static double blend(double z, boolean jumpy) {
        double t = Math.max(0, Math.min(1, (z + 2) / 4));
        return jumpy ? 0.1 * t + 0.9 * (z < 0 ? 0 : 1) : t;
    }

    private static void draw(float[] out, int offset, double t) {
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double d = Math.hypot(r - 13.5, c - 13.5);
                double ring = Math.max(0, 1 - Math.abs(d - 8) / 2.2);
                double bar = Math.abs(c - 13.5) < 2 && r > 3 && r < 24 ? 1 : 0;
                out[offset + r * SIDE + c] = (float) ((1 - t) * ring + t * bar);
            }
        }
    }
}
