package latentlab.latent.metrics;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import latentlab.latent.Classifier;
import latentlab.latent.Codec;
import latentlab.latent.path.Interpolation;

/**
 * The interpolation figures of one model: path-length ratio, largest step over mean step and step
 * equality over decoded straight-line paths, and the perceptual path length. Both ends of every
 * path are the codes of two validation images of different classes, drawn with the settings'
 * seed, so two models are measured on the same pairs.
 */
final class InterpolationMeasures {
    /** Paths decoded per call to the codec. */
    private static final int PATHS_PER_CALL = 32;
    /** Perceptual path length samples decoded per call. */
    private static final int PPL_PER_CALL = 512;

    private final Codec codec;
    private final float[] codes;
    private final int[] labels;
    private final ScoreboardSettings settings;
    private final Progress progress;

    /** @param codes the codes of the validation images (n x latentDim), labels their classes */
    InterpolationMeasures(Codec codec, float[] codes, int[] labels, ScoreboardSettings settings, Progress progress) {
        this.codec = codec;
        this.codes = codes;
        this.labels = labels;
        this.settings = settings;
        this.progress = progress;
    }

    /** Mean path-length ratio, largest step over mean step, and step equality, with how many paths counted. */
    record Smoothness(double pathLengthRatio, double maxStepOverMean, double stepEquality, int paths, int skipped) {
    }

    Smoothness smoothness(DoubleConsumer done) {
        int d = codec.latentDim();
        int steps = settings.steps();
        int points = steps + 1;
        int pixels = codec.pixelsPerImage();
        Random random = new Random(settings.seed());
        double ratio = 0;
        double maxStep = 0;
        double equality = 0;
        int counted = 0;
        for (int start = 0; start < settings.pairs(); start += PATHS_PER_CALL) {
            checkCancelled();
            int batch = Math.min(PATHS_PER_CALL, settings.pairs() - start);
            float[] path = new float[batch * points * d];
            for (int b = 0; b < batch; b++) {
                int[] pair = Pairs.differentClasses(labels, random);
                float[] line = Interpolation.linear(code(pair[0]), code(pair[1]), steps).codes();
                System.arraycopy(line, 0, path, b * points * d, line.length);
            }
            float[] images = codec.decode(path, null);
            for (int b = 0; b < batch; b++) {
                float[] one = new float[points * pixels];
                System.arraycopy(images, b * points * pixels, one, 0, one.length);
                PathSmoothness m = PathSmoothness.of(one, pixels);
                if (m != null) {
                    ratio += m.pathLengthRatio();
                    maxStep += m.maxStepOverMean();
                    equality += m.stepEquality();
                    counted++;
                }
            }
            done.accept((double) (start + batch) / settings.pairs());
        }
        if (counted == 0) {
            throw new IllegalStateException("every interpolation decoded to one image: the decoder ignores its code");
        }
        return new Smoothness(ratio / counted, maxStep / counted, equality / counted, counted,
                settings.pairs() - counted);
    }

    /** The perceptual path length in the feature space of {@code classifier}. */
    double perceptualPathLength(Classifier classifier, DoubleConsumer done) {
        int d = codec.latentDim();
        double eps = settings.pplEpsilon();
        int total = settings.pplSamples();
        // A stream of its own, so that the pairs here do not depend on how many paths came before.
        Random random = new Random(settings.seed() ^ 0x5DEECE66DL);
        double[] samples = new double[total];
        for (int start = 0; start < total; start += PPL_PER_CALL) {
            checkCancelled();
            int batch = Math.min(PPL_PER_CALL, total - start);
            float[] z = new float[2 * batch * d];
            for (int b = 0; b < batch; b++) {
                int[] pair = Pairs.differentClasses(labels, random);
                double t = random.nextDouble();
                System.arraycopy(Interpolation.lerp(code(pair[0]), code(pair[1]), t), 0, z, 2 * b * d, d);
                System.arraycopy(Interpolation.lerp(code(pair[0]), code(pair[1]), t + eps), 0, z, (2 * b + 1) * d, d);
            }
            float[] features = classifier.classify(codec.decode(z, null)).features();
            int f = classifier.featureSize();
            for (int b = 0; b < batch; b++) {
                float[] fa = new float[f];
                float[] fb = new float[f];
                System.arraycopy(features, 2 * b * f, fa, 0, f);
                System.arraycopy(features, (2 * b + 1) * f, fb, 0, f);
                samples[start + b] = PerceptualPathLength.sample(fa, fb, eps);
            }
            done.accept((double) (start + batch) / total);
        }
        return PerceptualPathLength.trimmedMean(samples, PerceptualPathLength.TRIM);
    }

    private float[] code(int i) {
        int d = codec.latentDim();
        float[] c = new float[d];
        System.arraycopy(codes, i * d, c, 0, d);
        return c;
    }

    private void checkCancelled() {
        if (progress.cancelled()) {
            throw new CancellationException("the scoreboard was cancelled");
        }
    }
}
