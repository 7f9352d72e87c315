package latentlab.ui.common;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One inference thread for the views that decode or encode: a request replaces any request with
 * the same key that has not started yet, so while a slider is dragged only the latest position is
 * decoded, and the FX thread never waits. All jobs run on the same thread, which is what a
 * {@code Codec} (confined to one thread) needs; results go through {@code deliverer}
 * ({@code Platform::runLater} in the app, {@code Runnable::run} in tests).
 *
 * <p>No JavaFX here, so it is tested with plain JUnit.
 */
public final class CoalescingExecutor implements AutoCloseable {

    private record Job<R>(Callable<R> work, Consumer<? super R> onResult, Consumer<? super Exception> onError) {

        void run(Executor deliverer) {
            try {
                R result = work.call();
                deliverer.execute(() -> onResult.accept(result));
            } catch (Exception e) {
                deliverer.execute(() -> onError.accept(e));
            } catch (Error e) {
                // The thread must outlive a failed job (out of memory, a native failure): report and go on.
                Exception wrapped = new IllegalStateException(e.toString(), e);
                deliverer.execute(() -> onError.accept(wrapped));
            }
        }
    }

    private final Executor deliverer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Object, Job<?>> pending = new LinkedHashMap<>();
    private final Thread thread;
    private boolean running;
    private boolean closed;
    private long completed;
    private long replaced;

    public CoalescingExecutor(String name, Executor deliverer) {
        this.deliverer = deliverer;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code work} under {@code key}, replacing a queued job with that key that has not started. */
    public <R> void submit(Object key, Callable<R> work, Consumer<? super R> onResult, Consumer<? super Exception> onError) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            // A replacement goes to the back, behind jobs queued after the one it replaces.
            if (pending.remove(key) != null) {
                replaced++;
            }
            pending.put(key, new Job<>(work, onResult, onError));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no job is queued or running; for tests and benchmarks. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        lock.lock();
        try {
            while (running || !pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Jobs that ran to the end (with a result or an error). */
    public long completedCount() {
        lock.lock();
        try {
            return completed;
        } finally {
            lock.unlock();
        }
    }

    /** Jobs dropped because a newer one with the same key arrived first. */
    public long replacedCount() {
        lock.lock();
        try {
            return replaced;
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (true) {
            Job<?> job;
            lock.lock();
            try {
                while (pending.isEmpty() && !closed) {
                    changed.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                Iterator<Job<?>> it = pending.values().iterator();
                job = it.next();
                it.remove();
                running = true;
            } finally {
                lock.unlock();
            }
            job.run(deliverer);
            lock.lock();
            try {
                running = false;
                completed++;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Drops queued jobs and lets the thread end after the job it is running. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            pending.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
