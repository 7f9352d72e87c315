package latentlab.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import latentlab.model.engine.NativeHeap;
import latentlab.train.checkpoint.CheckpointException;
import latentlab.train.checkpoint.CheckpointLock;

/**
 * Runs training on ONE owner thread: the engine allows one gradient collector per process, so
 * every model of every run is stepped there, in turn. One run at a time.
 */
public final class TrainingService implements AutoCloseable {
    private final ModelFactory factory;
    private final ExecutorService owner;
    private volatile TrainingRun current;

    public TrainingService(ModelFactory factory) {
        this.factory = factory;
        NativeHeap.keepTemporariesInHeap();
        this.owner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "latentlab-training");
            t.setDaemon(true);
            return t;
        });
    }

    public ModelFactory factory() {
        return factory;
    }

    /**
     * Starts {@code plan} on the training thread; events go to {@code listener} on that thread.
     * The checkpoint folders of the plan are locked for the run, so no other run, here or in
     * another process, writes to them meanwhile.
     *
     * @throws IllegalStateException while another run is in progress
     * @throws CheckpointException when another run holds one of the plan's checkpoint folders
     */
    public synchronized TrainingRun start(TrainingPlan plan, TrainingListener listener) throws IOException {
        if (current != null && !current.isDone()) {
            throw new IllegalStateException("a training run is already in progress");
        }
        List<CheckpointLock> locks = new ArrayList<>();
        try {
            for (SessionConfig s : plan.sessions()) {
                if (s.checkpointDir() != null) {
                    locks.add(CheckpointLock.acquire(s.checkpointDir()));
                }
            }
        } catch (IOException | RuntimeException e) {
            release(locks);
            throw e;
        }
        TrainingRun run = new TrainingRun();
        current = run;
        // The folders are free again before anyone hears that the run ended.
        owner.execute(() -> new TrainingLoop(plan, factory, listener, run, () -> release(locks)).run());
        return run;
    }

    private static void release(List<CheckpointLock> locks) {
        for (CheckpointLock l : locks) {
            try {
                l.close();
            } catch (IOException ignored) {
                // The lock dies with its channel; nothing is left to undo.
            }
        }
    }

    /** Stops the current run, if any, and ends the training thread. */
    @Override
    public void close() {
        TrainingRun run = current;
        if (run != null) {
            run.stop();
        }
        owner.shutdown();
        try {
            owner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
