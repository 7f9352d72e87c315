package latentlab.latent.apps;

import java.util.Objects;

/**
 * What a figure is, said beside it: its name, its formula and what it means, one line each.
 *
 * @param name what the figure is called, e.g. "ROC AUC"
 * @param formula how it is computed, in one line of plain notation
 * @param meaning how to read it, in one sentence
 */
public record Explanation(String name, String formula, String meaning) {
    public Explanation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** The three parts on one line, for a tooltip or a report. */
    public String oneLine() {
        return name + ": " + formula + ". " + meaning;
    }
}
