package latentlab.latent.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.Classifier;
import latentlab.latent.Codec;
import latentlab.latent.Pca;
import latentlab.latent.Subsample;

/**
 * Computes every figure of the scoreboard for one model: reconstruction error per pixel (BCE and
 * MSE), KL to the prior, kNN accuracy of the codes, trustworthiness and continuity of the 2D view,
 * the interpolation measures, the perceptual path length and the recognized fraction of the prior.
 *
 * <p>Runs on the calling thread, which must be the one that owns the codec and the classifier
 * (both are confined to one thread): never the FX thread. It reports progress as it goes and stops
 * with a {@link CancellationException} at the next check after {@link Progress#cancelled()} turns
 * true. The same settings draw the same pairs and prior samples for every model.
 */
public final class Scoreboard {
    /** Images per call to the codec or the classifier. */
    private static final int CHUNK = 1024;

    private final Codec codec;
    private final Classifier classifier;
    private final DataSplit data;
    private final ScoreboardSettings settings;
    private final Progress progress;

    /**
     * @param classifier the reference classifier, or null when none knows these images (then the
     *     perceptual path length and the prior recognition are n/a)
     */
    public Scoreboard(Codec codec, Classifier classifier, DataSplit data, ScoreboardSettings settings,
            Progress progress) {
        if (codec.spec().kind().isConditional()) {
            throw new IllegalArgumentException(codec.spec().kind().displayName() + " decodes a code only with a class;"
                    + " the scoreboard measures unconditional models");
        }
        if (classifier != null && classifier.pixelsPerImage() != codec.pixelsPerImage()) {
            throw new IllegalArgumentException("the classifier takes images of " + classifier.pixelsPerImage()
                    + " pixels, the model " + codec.pixelsPerImage());
        }
        this.codec = codec;
        this.classifier = classifier;
        this.data = data;
        this.settings = settings;
        this.progress = progress;
    }

    /** The metrics of the scoreboard, in the order of its results. */
    public static List<Metric> metrics(ScoreboardSettings s) {
        return List.of(ReconstructionError.BCE, ReconstructionError.MSE, KlToPrior.METRIC, KnnAccuracy.metric(s.knnK()),
                Trustworthiness.trustworthinessMetric(s.neighbourhoodK()),
                Trustworthiness.continuityMetric(s.neighbourhoodK()), PathSmoothness.PATH_LENGTH_RATIO,
                PathSmoothness.MAX_STEP, PathSmoothness.STEP_EQUALITY, PerceptualPathLength.metric(),
                PriorRecognition.metric(s.confidence()));
    }

    /** Every figure, named {@code model}. */
    public ScoreboardResult compute(String model) {
        Dataset val = data.validation();
        Dataset train = data.train();
        int d = codec.latentDim();
        List<Score> scores = new ArrayList<>();

        report(0, "reconstructing " + val.size() + " validation images");
        float[] recon = rows(val.pixels(), val.pixelsPerImage(), px -> codec.reconstruct(px, null));
        String onVal = val.size() + " validation images";
        scores.add(Score.of(ReconstructionError.BCE, ReconstructionError.bcePerPixel(val.pixels(), recon), onVal));
        scores.add(Score.of(ReconstructionError.MSE, ReconstructionError.msePerPixel(val.pixels(), recon), onVal));

        report(0.05, "encoding the validation images");
        float[] valCodes = rows(val.pixels(), val.pixelsPerImage(), px -> codec.encode(px, null));
        if (codec.spec().kind().isVariational()) {
            float[] logVar = rows(val.pixels(), val.pixelsPerImage(), px -> codec.encodeLogVariance(px, null));
            scores.add(Score.of(KlToPrior.METRIC, KlToPrior.meanKl(valCodes, logVar, d), onVal));
        } else {
            scores.add(Score.notApplicable(KlToPrior.METRIC, codec.spec().kind().displayName() + " has no prior"));
        }

        report(0.08, "encoding " + train.size() + " training images for the kNN vote");
        float[] trainCodes = rows(train.pixels(), train.pixelsPerImage(), px -> codec.encode(px, null));
        report(0.15, "kNN accuracy of the codes");
        scores.add(Score.of(KnnAccuracy.metric(settings.knnK()), KnnAccuracy.accuracy(trainCodes, train.labels(),
                valCodes, val.labels(), d, settings.knnK()), train.size() + " training codes vote on " + onVal));

        neighbourhoods(val, valCodes, scores);

        InterpolationMeasures paths = new InterpolationMeasures(codec, valCodes, val.labels(), settings, progress);
        report(0.45, "interpolations: 0 of " + settings.pairs() + " pairs");
        InterpolationMeasures.Smoothness s = paths.smoothness(f -> report(0.45 + 0.25 * f, "interpolations: "
                + Math.round(f * settings.pairs()) + " of " + settings.pairs() + " pairs"));
        String onPaths = s.paths() + " straight-line paths of " + settings.steps() + " steps between validation"
                + " images of different classes" + (s.skipped() > 0 ? " (" + s.skipped() + " with equal ends left out)"
                : "");
        scores.add(Score.of(PathSmoothness.PATH_LENGTH_RATIO, s.pathLengthRatio(), onPaths));
        scores.add(Score.of(PathSmoothness.MAX_STEP, s.maxStepOverMean(), onPaths));
        scores.add(Score.of(PathSmoothness.STEP_EQUALITY, s.stepEquality(), onPaths));

        if (classifier == null) {
            String none = "no reference classifier knows these images";
            scores.add(Score.notApplicable(PerceptualPathLength.metric(), none));
            scores.add(Score.notApplicable(PriorRecognition.metric(settings.confidence()), none));
        } else {
            report(0.7, "perceptual path length");
            double ppl = paths.perceptualPathLength(classifier, f -> report(0.7 + 0.18 * f, "perceptual path length: "
                    + Math.round(f * settings.pplSamples()) + " of " + settings.pplSamples() + " samples"));
            scores.add(Score.of(PerceptualPathLength.metric(), ppl, settings.pplSamples() + " samples, epsilon "
                    + settings.pplEpsilon()));
            report(0.88, "decoding " + settings.priorSamples() + " samples of the prior");
            scores.add(Score.of(PriorRecognition.metric(settings.confidence()), priorRecognized(),
                    settings.priorSamples() + " codes from N(0, I)"));
        }
        report(1, "done");
        return new ScoreboardResult(model, scores);
    }

    /** Trustworthiness and continuity of the 2D view of a seeded subsample of validation images. */
    private void neighbourhoods(Dataset val, float[] valCodes, List<Score> scores) {
        int d = codec.latentDim();
        int k = settings.neighbourhoodK();
        int[] pick = Subsample.indices(val.size(), settings.neighbourhoodPoints(), settings.seed());
        if (2 * k >= pick.length) {
            String few = "needs more than " + 2 * k + " validation images, there are " + pick.length;
            scores.add(Score.notApplicable(Trustworthiness.trustworthinessMetric(k), few));
            scores.add(Score.notApplicable(Trustworthiness.continuityMetric(k), few));
            return;
        }
        float[] pixels = Subsample.rows(val.pixels(), val.pixelsPerImage(), pick);
        float[] codes = Subsample.rows(valCodes, d, pick);
        float[] view = d <= 2 ? codes : Pca.fit(codes, d, 2).projectAll(codes);
        int viewDim = Math.min(d, 2);
        String how = pick.length + " validation images; the view: " + (d <= 2 ? "the codes themselves"
                : "the codes' first two principal components");
        report(0.2, "trustworthiness of the 2D view");
        double t = Trustworthiness.measure(pixels, val.pixelsPerImage(), view, viewDim, k, progress::cancelled);
        scores.add(Score.of(Trustworthiness.trustworthinessMetric(k), t, how));
        report(0.33, "continuity of the 2D view");
        double c = Trustworthiness.measure(view, viewDim, pixels, val.pixelsPerImage(), k, progress::cancelled);
        scores.add(Score.of(Trustworthiness.continuityMetric(k), c, how));
    }

    private double priorRecognized() {
        int d = codec.latentDim();
        // A stream of its own: the prior samples do not depend on the other stages.
        Random random = new Random(settings.seed() ^ 0x2545F4914F6CDD1DL);
        float[] z = new float[settings.priorSamples() * d];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        float[] images = rows(z, d, codes -> codec.decode(codes, null));
        return PriorRecognition.fraction(classifier.classify(images), settings.confidence());
    }

    /** {@code fn} applied to {@code input} (rows of {@code width}) a chunk of rows at a time, results joined. */
    private float[] rows(float[] input, int width, UnaryOperator<float[]> fn) {
        int n = input.length / width;
        List<float[]> parts = new ArrayList<>();
        int total = 0;
        for (int start = 0; start < n; start += CHUNK) {
            if (progress.cancelled()) {
                throw new CancellationException("the scoreboard was cancelled");
            }
            int m = Math.min(CHUNK, n - start);
            float[] chunk = new float[m * width];
            System.arraycopy(input, start * width, chunk, 0, chunk.length);
            float[] out = fn.apply(chunk);
            parts.add(out);
            total += out.length;
        }
        float[] joined = new float[total];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, joined, at, p.length);
            at += p.length;
        }
        return joined;
    }

    private void report(double fraction, String message) {
        if (progress.cancelled()) {
            throw new CancellationException("the scoreboard was cancelled");
        }
        progress.report(fraction, message);
    }
}
