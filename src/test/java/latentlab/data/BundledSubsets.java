package latentlab.data;

/** Small splits of the bundled digits, for tests that train real models quickly. */
public final class BundledSubsets {
    private BundledSubsets() {
    }

    /** The first {@code train} training and the first {@code validation} validation digits. */
    public static DataSplit first(int train, int validation) throws DataException {
        DataSplit full = new BundledMnist().load();
        return new DataSplit(BundledMnist.ID, full.train().subset("mnist/train", range(train)),
                full.validation().subset("mnist/validation", range(validation)));
    }

    private static int[] range(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }
}
