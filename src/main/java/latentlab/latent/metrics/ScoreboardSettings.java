package latentlab.latent.metrics;

/**
 * How the scoreboard samples: sizes, neighbourhoods, thresholds and the seed that makes every
 * random choice (pairs, positions on the path, prior samples) the same for every model.
 *
 * @param knnK neighbours that vote in the kNN accuracy
 * @param neighbourhoodK neighbourhood size of trustworthiness and continuity
 * @param neighbourhoodPoints validation images (a seeded subsample) that trustworthiness and continuity rank
 * @param pairs interpolations between validation images of different classes
 * @param steps steps T of each interpolation (T + 1 images)
 * @param pplSamples samples of the perceptual path length
 * @param pplEpsilon the step epsilon of the perceptual path length
 * @param priorSamples codes drawn from N(0, I) for the prior recognition
 * @param confidence the classifier's confidence a decoded prior sample must exceed
 * @param seed seed of every random choice
 */
public record ScoreboardSettings(int knnK, int neighbourhoodK, int neighbourhoodPoints, int pairs, int steps,
        int pplSamples, double pplEpsilon, int priorSamples, double confidence, long seed) {

    public ScoreboardSettings {
        if (knnK < 1 || neighbourhoodK < 1 || 2 * neighbourhoodK >= neighbourhoodPoints || pairs < 1 || steps < 1
                || pplSamples < 1 || !(pplEpsilon > 0) || priorSamples < 1 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("scoreboard settings out of range: " + this);
        }
    }

    /** The sizes the command line and the window use. */
    public static ScoreboardSettings defaults() {
        return new ScoreboardSettings(5, 10, 1000, 500, 32, 2000, PerceptualPathLength.EPSILON, 2000,
                PriorRecognition.DEFAULT_THRESHOLD, 1);
    }

    /** The same settings with {@code n} interpolation pairs. */
    public ScoreboardSettings withPairs(int n) {
        return new ScoreboardSettings(knnK, neighbourhoodK, neighbourhoodPoints, n, steps, pplSamples, pplEpsilon,
                priorSamples, confidence, seed);
    }

    /** The same settings with another seed. */
    public ScoreboardSettings withSeed(long s) {
        return new ScoreboardSettings(knnK, neighbourhoodK, neighbourhoodPoints, pairs, steps, pplSamples, pplEpsilon,
                priorSamples, confidence, s);
    }
}
