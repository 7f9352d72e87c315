package latentlab.latent.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The scoreboard of one model, its figures in a fixed order.
 *
 * @param model how the model is named (e.g. "AE", or its kind and latent size)
 * @param scores every figure, in the order of {@link Scoreboard#metrics}
 */
public record ScoreboardResult(String model, List<Score> scores) {
    public ScoreboardResult {
        Objects.requireNonNull(model, "model");
        scores = List.copyOf(scores);
    }

    /** The score of metric {@code id}. */
    public Score score(String id) {
        return scores.stream().filter(s -> s.metric().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric '" + id + "' on the scoreboard"));
    }
}
