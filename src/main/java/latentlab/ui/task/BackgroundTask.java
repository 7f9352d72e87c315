package latentlab.ui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Work for a worker thread, with what happens on the UI thread when it ends: its result, its
 * failure, and its progress. Built fluently and started with {@link #executeWith}, as JabRef's
 * task of the same name; free of JavaFX, so it runs the same under a same-thread executor in tests.
 *
 * <pre>{@code
 * BackgroundTask.wrap(source::load)
 *         .onSuccess(data::set)
 *         .onFailure(e -> error.set(e.getMessage()))
 *         .executeWith(background);
 * }</pre>
 *
 * @param <V> the result
 */
public final class BackgroundTask<V> {

    /** Work that reports progress and may stop early when cancelled. */
    @FunctionalInterface
    public interface Work<V> {
        V call(TaskProgress progress) throws Exception;
    }

    private final Work<V> work;
    private Object key;
    private Consumer<? super V> onSuccess = v -> { };
    private Consumer<? super Exception> onFailure = BackgroundTask::log;
    private TaskProgress.Listener onProgress;

    private BackgroundTask(Work<V> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** A plain task. */
    public static <V> BackgroundTask<V> wrap(Callable<V> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(progress -> work.call());
    }

    /** A task that reports progress and checks for cancellation. */
    public static <V> BackgroundTask<V> withProgress(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    /** Makes this a keyed task: it replaces a queued, unstarted task of an equal key. */
    public BackgroundTask<V> keyed(Object k) {
        this.key = Objects.requireNonNull(k);
        return this;
    }

    /** What to do with the result, on the UI thread. */
    public BackgroundTask<V> onSuccess(Consumer<? super V> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** What to do when the work throws, on the UI thread (by default the failure is logged). */
    public BackgroundTask<V> onFailure(Consumer<? super Exception> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Where progress goes, on the UI thread. */
    public BackgroundTask<V> onProgress(TaskProgress.Listener listener) {
        this.onProgress = Objects.requireNonNull(listener);
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    /** The key, or null for a plain task. */
    public Object key() {
        return key;
    }

    /**
     * Runs the work on the calling thread and hands its outcome to {@code ui}; for implementations
     * of {@link TaskExecutor}. An error (out of memory, a native failure) is delivered as a failure
     * too: the worker thread must outlive it. Nothing is delivered once {@code handle} is cancelled.
     */
    public void run(TaskHandle handle, Executor ui) {
        if (handle.isCancelled()) {
            return;
        }
        try {
            V result = work.call(new TaskProgress(handle, ui, onProgress));
            ui.execute(() -> {
                if (!handle.isCancelled()) {
                    onSuccess.accept(result);
                }
            });
        } catch (Exception e) {
            fail(handle, ui, e);
        } catch (Error e) {
            fail(handle, ui, new IllegalStateException(e.toString(), e));
        }
    }

    private void fail(TaskHandle handle, Executor ui, Exception e) {
        ui.execute(() -> {
            if (!handle.isCancelled()) {
                onFailure.accept(e);
            }
        });
    }

    private static void log(Exception e) {
        LoggerFactory.getLogger(BackgroundTask.class).warn("background task failed", e);
    }
}
