package latentlab.ui.traversal;

/** A pulse beaten by hand: a test says when a tick happens, so nothing waits on real time. */
final class ManualPulse implements Pulse {

    private Runnable tick;
    double perSecond;
    int starts;

    @Override
    public void start(double rate, Runnable onTick) {
        perSecond = rate;
        tick = onTick;
        starts++;
    }

    @Override
    public void stop() {
        tick = null;
    }

    boolean running() {
        return tick != null;
    }

    /** One beat, if the pulse is running; {@code n} beats in a row. */
    void beat(int n) {
        for (int i = 0; i < n && tick != null; i++) {
            tick.run();
        }
    }
}
