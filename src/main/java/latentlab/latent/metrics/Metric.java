package latentlab.latent.metrics;

import java.util.Objects;

/**
 * What a number on the scoreboard is: its name, its formula and what it means, for showing beside
 * the number.
 *
 * @param id stable key (JSON, CSV)
 * @param name short name for a table row
 * @param formula how it is computed, in plain text
 * @param meaning one line on what it tells a reader
 * @param higherIsBetter whether a larger value is the better one
 */
public record Metric(String id, String name, String formula, String meaning, boolean higherIsBetter) {
    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(meaning, "meaning");
    }
}
