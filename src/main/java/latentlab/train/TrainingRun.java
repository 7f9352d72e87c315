package latentlab.train;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import latentlab.model.ParamSnapshot;

/**
 * The handle of a run in progress: commands from any thread, and the latest parameter snapshot
 * of each session. Commands take effect at the next batch boundary (a new learning rate at the
 * next epoch).
 */
public final class TrainingRun {
    private final Object lock = new Object();
    private boolean paused;
    private volatile boolean stopRequested;
    // Set from any thread, taken by the owner thread: getAndSet loses no request in between.
    private final java.util.concurrent.atomic.AtomicBoolean snapshotRequested = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicReference<Double> pendingLearningRate =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final Map<String, ParamSnapshot> snapshots = new ConcurrentHashMap<>();
    final CompletableFuture<TrainingEvent> result = new CompletableFuture<>();

    public void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    /** Cancels the run; the epoch in progress is dropped, finished checkpoints stay. */
    public void stop() {
        stopRequested = true;
        resume();
    }

    /** The rate for the epochs that start after this call. */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        pendingLearningRate.set(learningRate);
    }

    /** Asks for a fresh snapshot of every session at the next batch boundary. */
    public void requestSnapshot() {
        snapshotRequested.set(true);
    }

    /** The most recent batch-boundary copy of a session's weights, or null before the first. */
    public ParamSnapshot latestSnapshot(String sessionId) {
        return snapshots.get(sessionId);
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Waits for the run's last event. */
    public TrainingEvent await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits at most {@code timeout} for the run's last event; null if it is still running. */
    public TrainingEvent await(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            return result.get(timeout, unit);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    // Owner-thread side.

    boolean stopRequested() {
        return stopRequested;
    }

    boolean takeSnapshotRequest() {
        return snapshotRequested.getAndSet(false);
    }

    Double takeLearningRate() {
        return pendingLearningRate.getAndSet(null);
    }

    boolean isPauseRequested() {
        synchronized (lock) {
            return paused;
        }
    }

    /** Blocks while paused; returns when resumed or stopped. */
    void awaitResume() throws InterruptedException {
        synchronized (lock) {
            while (paused && !stopRequested) {
                lock.wait();
            }
        }
    }

    void publish(String sessionId, ParamSnapshot snapshot) {
        snapshots.put(sessionId, snapshot);
    }
}
