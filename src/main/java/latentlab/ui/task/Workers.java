package latentlab.ui.task;

import java.util.concurrent.Executor;

/**
 * The window's shared worker pools: general background work (loading data, starting the engine,
 * checkpoints) and projections (PCA, t-SNE, UMAP). Inference pools, one thread each, are made
 * here for each workspace, which owns and closes its own. Whoever creates this closes it.
 */
public final class Workers implements AutoCloseable {
    private final Executor ui;
    private final WorkerPool background;
    private final WorkerPool projections;

    /** @param ui where outcomes are delivered: {@code Platform::runLater} in the window */
    public Workers(Executor ui) {
        this.ui = ui;
        this.background = new WorkerPool("latentlab-background", 2, ui);
        this.projections = new WorkerPool("projection", 2, ui);
    }

    public WorkerPool background() {
        return background;
    }

    public WorkerPool projections() {
        return projections;
    }

    /** A new inference thread for one workspace's codec; the caller closes it. */
    public WorkerPool newInference(String name) {
        return new WorkerPool(name, 1, ui);
    }

    @Override
    public void close() {
        background.close();
        projections.close();
    }
}
