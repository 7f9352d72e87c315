package latentlab.ui.task;

/**
 * Cancels one task. A cancelled task that has not started never runs; one that runs sees
 * {@link TaskProgress#isCancelled()} and may stop early; either way nothing of it is delivered
 * after {@link #cancel()} returns on the UI thread.
 */
public final class TaskHandle {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
