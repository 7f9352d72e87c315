package latentlab.ui.task;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * Background work runs at once on the calling thread; UI work (what a real executor would hand to
 * the FX thread) waits in a queue until the test runs it, as the FX thread would, one at a time.
 */
public final class QueueExecutor implements TaskExecutor {
    public final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();

    @Override
    public TaskHandle execute(BackgroundTask<?> task) {
        return new SameThreadExecutor().execute(task);
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.add(action);
    }

    /** Runs queued UI work until {@code done} holds (two minutes at most); returns how many UI calls that took. */
    public int runUntil(BooleanSupplier done) throws InterruptedException {
        int calls = 0;
        long deadline = System.currentTimeMillis() + 120_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Runnable r = ui.poll();
            if (r == null) {
                Thread.sleep(20);
            } else {
                r.run();
                calls++;
            }
        }
        return calls;
    }
}
