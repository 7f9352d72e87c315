package latentlab.train;

import java.util.Random;

/**
 * Which images each step sees, and the engine seed of each step: both derive from (seed, epoch,
 * batch) alone, so a run resumed from a checkpoint takes exactly the steps the uninterrupted run
 * would have taken, whatever other models train beside it.
 */
public final class BatchOrder {
    private BatchOrder() {
    }

    /** The shuffled order of the {@code n} training images in {@code epoch}. */
    public static int[] ofEpoch(long seed, int epoch, int n) {
        return permutation(n, new Random(mix(seed, epoch, -1)));
    }

    static int[] permutation(int n, Random r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** A well-mixed number from (seed, epoch, batch): splitmix64's finaliser. */
    public static long mix(long seed, long epoch, long batch) {
        long z = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + batch * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
