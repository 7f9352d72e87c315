package latentlab.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and delivers its outcome on the UI thread. View models depend on
 * this interface so that tests can run the work synchronously.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI
     * thread.
     */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread. */
    void onUiThread(Runnable action);
}
