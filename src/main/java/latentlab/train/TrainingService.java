package latentlab.train;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
     *
     * @throws IllegalStateException while another run is in progress
     */
    public synchronized TrainingRun start(TrainingPlan plan, TrainingListener listener) {
        if (current != null && !current.isDone()) {
            throw new IllegalStateException("a training run is already in progress");
        }
        TrainingRun run = new TrainingRun();
        current = run;
        owner.execute(() -> new TrainingLoop(plan, factory, listener, run).run());
        return run;
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
