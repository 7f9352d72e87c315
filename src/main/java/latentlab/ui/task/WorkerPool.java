package latentlab.ui.task;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.LoggerFactory;

/**
 * A named pool of worker threads with one queue in which a keyed task replaces the queued task of
 * the same key: while a slider is dragged only its latest position is decoded, and the UI thread
 * never waits. Outcomes go through {@code ui} ({@code Platform::runLater} in the window,
 * {@code Runnable::run} in tests), so there is no JavaFX here. A pool of one thread is what a
 * {@code Codec} needs: it is confined to the thread that made it.
 */
public final class WorkerPool implements TaskExecutor, AutoCloseable {

    private record Queued(BackgroundTask<?> task, TaskHandle handle) {
    }

    private final Executor ui;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Object, Queued> queue = new LinkedHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private int running;
    private boolean closed;
    /** Runs on a worker once the pool is closed, before its threads end. */
    private Runnable cleanup;
    private long completed;
    private long replaced;

    /**
     * @param name the name of its threads, as thread dumps and the log show them
     * @param size how many tasks run at once
     * @param ui where outcomes and progress are delivered
     */
    public WorkerPool(String name, int size, Executor ui) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, got " + size);
        }
        this.ui = ui;
        for (int i = 0; i < size; i++) {
            Thread t = new Thread(this::loop, size == 1 ? name : name + "-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    @Override
    public TaskHandle execute(BackgroundTask<?> task) {
        TaskHandle handle = new TaskHandle();
        Object key = task.key() != null ? task.key() : new Object();
        lock.lock();
        try {
            if (closed) {
                handle.cancel();
                return handle;
            }
            // A replacement goes to the back, behind tasks queued after the one it replaces.
            Queued old = queue.remove(key);
            if (old != null) {
                old.handle().cancel();
                replaced++;
            }
            queue.put(key, new Queued(task, handle));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return handle;
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.execute(action);
    }

    /** Waits until no task is queued or running; for tests and benchmarks. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        lock.lock();
        try {
            while (running > 0 || !queue.isEmpty() || cleanup != null) {
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

    /** Tasks that ran to the end, with a result or a failure. */
    public long completedCount() {
        lock.lock();
        try {
            return completed;
        } finally {
            lock.unlock();
        }
    }

    /** Tasks dropped because a newer one with the same key came first. */
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
            Queued next;
            lock.lock();
            try {
                while (queue.isEmpty() && !closed) {
                    changed.awaitUninterruptibly();
                }
                if (closed) {
                    runCleanup();
                    return;
                }
                Iterator<Queued> it = queue.values().iterator();
                next = it.next();
                it.remove();
                running++;
            } finally {
                lock.unlock();
            }
            next.task().run(next.handle(), ui);
            lock.lock();
            try {
                running--;
                completed++;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Called with the lock held; releases it while {@link #cleanup} runs. */
    private void runCleanup() {
        Runnable c = cleanup;
        cleanup = null;
        if (c == null) {
            return;
        }
        running++;
        lock.unlock();
        try {
            c.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(WorkerPool.class).warn("cleanup of a worker pool failed", e);
        } finally {
            lock.lock();
            running--;
            changed.signalAll();
        }
    }

    /** Drops the queued tasks; each thread ends after the task it is running. */
    @Override
    public void close() {
        close(null);
    }

    /**
     * Drops the queued tasks and runs {@code last} on a worker after the task it is running (a
     * codec is closed on its own thread); then the threads end.
     */
    public void close(Runnable last) {
        lock.lock();
        try {
            if (!closed) {
                cleanup = last;
            }
            closed = true;
            queue.values().forEach(q -> q.handle().cancel());
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
