package latentlab.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background and UI work at once on the calling thread, so view model tests read straight through. */
public final class SameThreadExecutor implements BackgroundExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
