package latentlab.ui.task;

/**
 * Runs each task at once on the calling thread and delivers its outcome there too, so view model
 * tests read straight through.
 */
public final class SameThreadExecutor implements TaskExecutor {
    @Override
    public TaskHandle execute(BackgroundTask<?> task) {
        TaskHandle handle = new TaskHandle();
        task.run(handle, Runnable::run);
        return handle;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
