package latentlab.latent.path;

import java.util.Random;

/** A seeded Gaussian random walk: z_(t+1) = z_t + stepSize * e_t, e_t ~ N(0, I). */
public final class RandomWalk {
    private RandomWalk() {
    }

    /** {@code steps + 1} codes starting at {@code start}; the same seed gives the same walk. */
    public static CodePath from(float[] start, int steps, double stepSize, long seed) {
        if (steps < 1 || !(stepSize > 0)) {
            throw new IllegalArgumentException("a walk needs at least one step and a step size > 0");
        }
        Random random = new Random(seed);
        float[][] points = new float[steps + 1][];
        points[0] = start.clone();
        for (int t = 1; t <= steps; t++) {
            points[t] = points[t - 1].clone();
            for (int j = 0; j < start.length; j++) {
                points[t][j] += (float) (stepSize * random.nextGaussian());
            }
        }
        return new CodePath(start.length, CodePath.concat(points));
    }
}
