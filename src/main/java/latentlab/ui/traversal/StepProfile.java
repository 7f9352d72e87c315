package latentlab.ui.traversal;

import latentlab.latent.metrics.PathSmoothness;

/**
 * How much the picture changes at each step of a played traversal: the pixel distance
 * ||x_t - x_(t-1)|| between neighbouring frames, the same measure the scoreboard's smoothness
 * figures are made of. A decoder with a hole or a fold shows it as one step far above the rest.
 *
 * @param steps step t runs from frame t to frame t + 1 (frames - 1 values)
 * @param largest index of the largest step (the first, if several are equal), -1 without steps
 * @param mean mean step, 0 without steps
 */
public record StepProfile(double[] steps, int largest, double mean) {

    /** The profile of {@code count} decoded frames of {@code pixels} each. */
    public static StepProfile of(float[] frames, int count, int pixels) {
        if (count < 2) {
            return new StepProfile(new double[0], -1, 0);
        }
        double[] steps = PathSmoothness.steps(frames, pixels);
        int largest = 0;
        double total = 0;
        for (int t = 0; t < steps.length; t++) {
            total += steps[t];
            if (steps[t] > steps[largest]) {
                largest = t;
            }
        }
        return new StepProfile(steps, largest, total / steps.length);
    }

    /** The largest step, 0 without steps. */
    public double max() {
        return largest < 0 ? 0 : steps[largest];
    }

    /** The largest step over the mean step: 1 for even steps, up to the number of steps for a single jump. */
    public double maxOverMean() {
        return mean > 0 ? max() / mean : 0;
    }

    /** One line a reader can compare between models, e.g. "largest step 9.1 (frames 11 to 12), 6.2x the mean". */
    public String summary() {
        if (largest < 0) {
            return "One frame: no steps";
        }
        if (mean == 0) {
            return "Every frame is the same picture";
        }
        return String.format("Largest step %.1f (frames %d to %d), %.1f\u00d7 the mean", max(), largest, largest + 1,
                maxOverMean());
    }
}
