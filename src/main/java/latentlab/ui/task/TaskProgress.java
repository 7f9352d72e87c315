package latentlab.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What running work sees of its task: whether it was cancelled, and where to report progress.
 * Reports are coalesced: however often the work reports, at most one delivery to the UI thread
 * is pending, and it carries the newest report.
 */
public final class TaskProgress {

    /** Receives progress on the UI thread. */
    @FunctionalInterface
    public interface Listener {
        /** @param fraction done, 0..1, or -1 when the work cannot tell */
        void progress(double fraction, String message);
    }

    private record Report(double fraction, String message) {
    }

    private final TaskHandle handle;
    private final Executor ui;
    private final Listener listener;
    private final AtomicReference<Report> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();

    TaskProgress(TaskHandle handle, Executor ui, Listener listener) {
        this.handle = handle;
        this.ui = ui;
        this.listener = listener;
    }

    public boolean isCancelled() {
        return handle.isCancelled();
    }

    /** Reports progress; cheap enough to call on every step of the work. */
    public void update(double fraction, String message) {
        if (listener == null) {
            return;
        }
        latest.set(new Report(fraction, message));
        if (pending.compareAndSet(false, true)) {
            ui.execute(this::deliver);
        }
    }

    private void deliver() {
        pending.set(false);
        Report r = latest.getAndSet(null);
        if (r != null && !handle.isCancelled()) {
            listener.progress(r.fraction(), r.message());
        }
    }
}
