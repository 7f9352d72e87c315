package latentlab.train;

/**
 * Receives a run's events on the training thread, in order. It must return quickly and must not
 * call back into the run's blocking methods; a UI hands the event over with {@code runLater}.
 */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}
