package latentlab.latent.metrics;

import java.util.Locale;
import java.util.Objects;

/**
 * One figure of the scoreboard.
 *
 * @param metric what the figure is
 * @param value the figure (NaN when not applicable)
 * @param applicable false when the metric does not apply to this model (KL for an AE)
 * @param detail how it was measured (sample sizes), or why it does not apply
 */
public record Score(Metric metric, double value, boolean applicable, String detail) {
    public Score {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(detail, "detail");
        if (applicable == Double.isNaN(value)) {
            throw new IllegalArgumentException(metric.id() + ": a score has a value exactly when it applies");
        }
    }

    public static Score of(Metric metric, double value, String detail) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(metric.id() + " came out NaN (" + detail + ")");
        }
        return new Score(metric, value, true, detail);
    }

    public static Score notApplicable(Metric metric, String why) {
        return new Score(metric, Double.NaN, false, why);
    }

    /** The value with four significant digits, or "n/a". */
    public String formatted() {
        return applicable ? String.format(Locale.ROOT, "%.4g", value) : "n/a";
    }
}
