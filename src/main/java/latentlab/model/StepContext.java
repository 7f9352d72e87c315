package latentlab.model;

/**
 * Where training stands when a loss is computed: lets schedules such as KL warm-up depend on it.
 *
 * @param epoch zero-based epoch
 * @param step zero-based batch count since the start of training
 * @param training true for a training step (sampling, corruption), false for validation
 */
public record StepContext(int epoch, long step, boolean training) {
    public static final StepContext EVAL = new StepContext(0, 0, false);
}
