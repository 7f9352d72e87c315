package latentlab.latent.metrics;

import java.util.Random;

/** Seeded random pairs of images, the two ends of each interpolation. */
public final class Pairs {
    private Pairs() {
    }

    /**
     * The next pair {first, second} of distinct indices whose labels differ, drawn from
     * {@code random}; an interpolation between two digits of one class says little about holes.
     */
    public static int[] differentClasses(int[] labels, Random random) {
        int n = labels.length;
        boolean twoClasses = false;
        for (int l : labels) {
            twoClasses |= l != labels[0];
        }
        if (!twoClasses) {
            throw new IllegalArgumentException("pairs of different classes need images of two classes at least");
        }
        while (true) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (labels[a] != labels[b]) {
                return new int[] {a, b};
            }
        }
    }
}
