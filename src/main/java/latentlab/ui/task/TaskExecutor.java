package latentlab.ui.task;

/**
 * Runs {@link BackgroundTask}s off the UI thread and delivers their outcomes on it. View models
 * depend on this interface, never on a thread pool, so that their tests run the work on the
 * calling thread. Each implementation is one named pool (background, projections, one inference
 * thread per workspace), owned and closed by whoever made it.
 */
public interface TaskExecutor {

    /**
     * Starts {@code task}. A task with a key replaces a queued task of the same key that has not
     * started yet; the replaced one never runs and delivers nothing (the latest request wins).
     *
     * @return the handle that cancels the task
     */
    TaskHandle execute(BackgroundTask<?> task);

    /** Runs {@code action} on the UI thread. */
    void onUiThread(Runnable action);
}
