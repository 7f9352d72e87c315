package latentlab.latent;

/** Where the range of a latent slider or grid axis comes from. */
public enum RangeRule {
    DATA_MIN_MAX("Codes: min to max"),
    DATA_MEAN_3SD("Codes: mean \u00b1 3 sd"),
    PRIOR_3SIGMA("Prior: \u00b1 3\u03c3");

    private final String label;

    RangeRule(String label) {
        this.label = label;
    }

    /** The rule a model starts with: the prior for variational models, the codes otherwise. */
    public static RangeRule defaultFor(boolean variational) {
        return variational ? PRIOR_3SIGMA : DATA_MIN_MAX;
    }

    /** [low, high] of dimension {@code j}; never empty, so a slider can always move. */
    public double[] range(LatentStats stats, int j) {
        double lo;
        double hi;
        switch (this) {
            case DATA_MIN_MAX -> {
                lo = stats.min()[j];
                hi = stats.max()[j];
            }
            case DATA_MEAN_3SD -> {
                lo = stats.mean()[j] - 3 * stats.sd()[j];
                hi = stats.mean()[j] + 3 * stats.sd()[j];
            }
            default -> {
                lo = -3;
                hi = 3;
            }
        }
        if (!(hi > lo)) {
            double c = Double.isFinite(lo) ? lo : 0;
            lo = c - 1;
            hi = c + 1;
        }
        return new double[] {lo, hi};
    }

    @Override
    public String toString() {
        return label;
    }
}
