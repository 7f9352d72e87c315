package latentlab.latent.metrics;

import latentlab.latent.Classification;

/**
 * Whether the prior is filled with digits: the fraction of codes drawn from N(0, I) that decode to
 * an image the reference classifier recognizes with confidence above a threshold.
 */
public final class PriorRecognition {
    public static final double DEFAULT_THRESHOLD = 0.9;

    private PriorRecognition() {
    }

    public static Metric metric(double threshold) {
        return new Metric("prior_recognized", "Prior samples recognized (confidence > " + threshold + ")",
                "fraction of z ~ N(0, I) whose decoded image gets max_c p(c | image) > " + threshold
                        + " from the reference classifier",
                "How much of the prior decodes to a clear digit rather than a blur or a hole", true);
    }

    /** The fraction of classified images whose top probability exceeds {@code threshold}. */
    public static double fraction(Classification c, double threshold) {
        if (c.size() == 0) {
            throw new IllegalArgumentException("no images to judge");
        }
        int sure = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.confidence(i) > threshold) {
                sure++;
            }
        }
        return (double) sure / c.size();
    }
}
