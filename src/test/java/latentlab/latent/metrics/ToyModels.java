package latentlab.latent.metrics;

import java.util.List;
import java.util.Random;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.Classification;
import latentlab.latent.Classifier;
import latentlab.latent.Codec;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;

/**
 * Plain-Java models whose scoreboard is known in advance: 2-D codes, a decoder that blends two
 * images by a function of the code, and a classifier that reads four quadrant sums.
 */
public final class ToyModels {
    static final int SIDE = 28;
    static final int PIXELS = SIDE * SIDE;

    private ToyModels() {
    }

    /** Images of 4 classes: a bright quadrant each, with noise. */
    public static DataSplit data(int train, int validation) {
        return new DataSplit("toy", images("toy/train", train, 1), images("toy/validation", validation, 2));
    }

    private static Dataset images(String id, int n, long seed) {
        Random r = new Random(seed);
        float[] px = new float[n * PIXELS];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4;
            for (int p = 0; p < PIXELS; p++) {
                boolean on = quadrant(p) == labels[i];
                px[i * PIXELS + p] = (float) Math.min(1, Math.max(0, (on ? 0.8 : 0.1) + 0.1 * r.nextGaussian()));
            }
        }
        return new Dataset(id, px, labels, SIDE, SIDE, List.of("a", "b", "c", "d"));
    }

    static int quadrant(int p) {
        return (p / SIDE < SIDE / 2 ? 0 : 2) + (p % SIDE < SIDE / 2 ? 0 : 1);
    }

    /**
     * Codes: (quadrant 0 - quadrant 3, quadrant 1 - quadrant 2) brightness. Decoded image:
     * {@code A + blend(z1) * (B - A)}, A and B fixed images. With a linear blend every
     * interpolation moves at constant speed along one line in pixel space; with a steep one
     * it jumps where z1 crosses 0.
     */
    public static final class BlendCodec implements Codec {
        private final ModelSpec spec;
        private final double steepness;

        /** @param steepness 0 for a linear blend, else the slope of a logistic blend */
        public BlendCodec(ModelKind kind, double steepness) {
            this.spec = ModelSpec.defaults(kind, 2);
            this.steepness = steepness;
        }

        @Override
        public ModelSpec spec() {
            return spec;
        }

        @Override
        public float[] encode(float[] pixels, int[] labels) {
            int n = pixels.length / PIXELS;
            float[] z = new float[2 * n];
            for (int i = 0; i < n; i++) {
                double[] q = new double[4];
                for (int p = 0; p < PIXELS; p++) {
                    q[quadrant(p)] += pixels[i * PIXELS + p] / (PIXELS / 4.0);
                }
                z[2 * i] = (float) (q[0] - q[3]);
                z[2 * i + 1] = (float) (q[1] - q[2]);
            }
            return z;
        }

        @Override
        public float[] encodeLogVariance(float[] pixels, int[] labels) {
            if (!spec.kind().isVariational()) {
                return Codec.super.encodeLogVariance(pixels, labels);
            }
            return new float[pixels.length / PIXELS * 2];
        }

        @Override
        public float[] decode(float[] codes, int[] labels) {
            int n = codes.length / 2;
            float[] out = new float[n * PIXELS];
            for (int i = 0; i < n; i++) {
                double z = codes[2 * i];
                double w = steepness == 0 ? (z + 1) / 2 : 1 / (1 + Math.exp(-steepness * z));
                for (int p = 0; p < PIXELS; p++) {
                    double a = quadrant(p) == 0 ? 0.9 : 0.1;
                    double b = quadrant(p) == 3 ? 0.9 : 0.1;
                    out[i * PIXELS + p] = (float) (a + w * (b - a));
                }
            }
            return out;
        }

        @Override
        public void close() {
        }
    }

    /** Features: the four quadrant means; probabilities: a softmax of 20 times them. */
    public static final class QuadrantClassifier implements Classifier {
        @Override
        public int pixelsPerImage() {
            return PIXELS;
        }

        @Override
        public int classCount() {
            return 4;
        }

        @Override
        public int featureSize() {
            return 4;
        }

        @Override
        public Classification classify(float[] pixels) {
            int n = pixels.length / PIXELS;
            float[] features = new float[n * 4];
            float[] probabilities = new float[n * 4];
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < PIXELS; p++) {
                    features[i * 4 + quadrant(p)] += pixels[i * PIXELS + p] / (PIXELS / 4f);
                }
                double sum = 0;
                for (int c = 0; c < 4; c++) {
                    sum += Math.exp(20 * features[i * 4 + c]);
                }
                for (int c = 0; c < 4; c++) {
                    probabilities[i * 4 + c] = (float) (Math.exp(20 * features[i * 4 + c]) / sum);
                }
            }
            return new Classification(probabilities, features, 4, 4);
        }

        @Override
        public void close() {
        }
    }
}
