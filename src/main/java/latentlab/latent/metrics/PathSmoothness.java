package latentlab.latent.metrics;

/**
 * How evenly a decoded path of images moves: the measures of one interpolation, from its images
 * x_0 .. x_T and the pixel steps s_t = ||x_t - x_{t-1}|| (Euclidean, over all pixels).
 *
 * @param pathLengthRatio sum_t s_t / ||x_T - x_0||: 1 for a straight path, more for a detour
 * @param maxStepOverMean max_t s_t / mean_t s_t: 1 when every step is equal, T for a single jump
 * @param stepEquality 1 - Gini(s): 1 when every step is equal, 1/T for a single jump
 */
public record PathSmoothness(double pathLengthRatio, double maxStepOverMean, double stepEquality) {

    public static final Metric PATH_LENGTH_RATIO = new Metric("path_length_ratio", "Path-length ratio",
            "mean over pairs of sum_t ||x_t - x_(t-1)|| / ||x_T - x_0||, x_t = decode((1 - t/T) z_a + (t/T) z_b)",
            "How far the decoded images wander between two digits: 1 = the straight way, more = detours", false);
    public static final Metric MAX_STEP = new Metric("max_step_over_mean", "Largest step / mean step",
            "mean over pairs of max_t s_t / mean_t s_t, s_t = ||x_t - x_(t-1)||",
            "Whether an interpolation jumps: 1 = even steps, up to T when all the change happens in one step",
            false);
    public static final Metric STEP_EQUALITY = new Metric("step_equality", "Step equality (1 - Gini)",
            "mean over pairs of 1 - sum_(t,u) |s_t - s_u| / (2 T^2 mean s)",
            "How evenly the change is spread over the path: 1 = every step changes the image equally", true);

    /**
     * The measures of a path of {@code images} (T+1 images of {@code pixels} each, row-major,
     * T >= 1), or null when its end images are equal (the ratio is undefined).
     */
    public static PathSmoothness of(float[] images, int pixels) {
        double[] steps = steps(images, pixels);
        double total = 0;
        double max = 0;
        for (double s : steps) {
            total += s;
            max = Math.max(max, s);
        }
        double ends = distance(images, 0, steps.length * pixels, pixels);
        if (ends == 0 || total == 0) {
            return null;
        }
        double mean = total / steps.length;
        return new PathSmoothness(total / ends, max / mean, 1 - gini(steps));
    }

    /**
     * The pixel steps s_t = ||x_t - x_(t-1)|| (Euclidean, over all pixels) of a path of
     * {@code images} (T+1 images of {@code pixels} each, row-major, T >= 1): T values.
     */
    public static double[] steps(float[] images, int pixels) {
        int count = pixels < 1 ? 0 : images.length / pixels;
        if (count < 2 || images.length % pixels != 0) {
            throw new IllegalArgumentException("a path needs at least two whole images of " + pixels + " pixels");
        }
        double[] steps = new double[count - 1];
        for (int t = 1; t < count; t++) {
            steps[t - 1] = distance(images, (t - 1) * pixels, t * pixels, pixels);
        }
        return steps;
    }

    /** Gini coefficient of non-negative values: sum_(i,j) |v_i - v_j| / (2 n^2 mean); 0 when all are 0. */
    public static double gini(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            if (sorted[i] < 0) {
                throw new IllegalArgumentException("the Gini coefficient needs values >= 0");
            }
            sum += sorted[i];
            // sum_(i,j) |v_i - v_j| = 2 sum_i (2i - n + 1) v_(i), values sorted ascending, i from 0.
            weighted += (2.0 * i - n + 1) * sorted[i];
        }
        return sum == 0 ? 0 : weighted / (n * sum);
    }

    private static double distance(float[] images, int a, int b, int pixels) {
        double s = 0;
        for (int p = 0; p < pixels; p++) {
            double d = images[a + p] - images[b + p];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
