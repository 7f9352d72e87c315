package latentlab.ui.traversal;

/**
 * The beat a player clock advances on. Kept behind an interface so the clock's rules (loop,
 * stop at the end, speed) are tested by beating it by hand, with no waiting on real time.
 */
public interface Pulse {

    /** Calls {@code tick} {@code perSecond} times a second on the FX thread until stopped. */
    void start(double perSecond, Runnable tick);

    /** No more ticks after this returns. */
    void stop();
}
