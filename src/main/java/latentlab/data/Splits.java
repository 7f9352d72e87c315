package latentlab.data;

import java.util.Random;

/** Fixed, seeded splits of one set into training and validation images. */
public final class Splits {
    /** Seed of every split LatentLab makes, so a split never changes between runs or machines. */
    public static final long SEED = 20_151_998L;

    private Splits() {
    }

    /**
     * Splits {@code all} into training and validation sets, the latter holding
     * {@code validationFraction} of the images, chosen by a seeded shuffle.
     */
    public static DataSplit split(String sourceId, Dataset all, double validationFraction) {
        int n = all.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(SEED);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int nVal = (int) Math.round(n * validationFraction);
        if (n >= 2) {
            nVal = Math.max(1, Math.min(n - 1, nVal));
        }
        int[] train = new int[n - nVal];
        int[] val = new int[nVal];
        System.arraycopy(order, 0, train, 0, train.length);
        System.arraycopy(order, train.length, val, 0, nVal);
        java.util.Arrays.sort(train);
        java.util.Arrays.sort(val);
        return new DataSplit(sourceId, all.subset(sourceId + "/train", train),
                all.subset(sourceId + "/validation", val));
    }
}
