package latentlab.latent.metrics;

/**
 * Where a long computation stands, and whether its caller still wants it. Called on the thread
 * that computes: a window hands the numbers to its own thread, a terminal prints them.
 */
@FunctionalInterface
public interface Progress {
    /** Nobody listens and nobody cancels. */
    Progress NONE = (fraction, message) -> {
    };

    /**
     * @param fraction of the whole work done, from 0 to 1
     * @param message what is being done now, e.g. "interpolations: 120 of 500 pairs"
     */
    void report(double fraction, String message);

    /** True when the caller wants the computation to stop at its next check. */
    default boolean cancelled() {
        return false;
    }
}
