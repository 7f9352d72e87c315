package latentlab.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one small pool on which every view computes its projections (PCA, t-SNE, UMAP): two
 * daemon threads, so projections never hold up the UI thread or the inference thread, and
 * several views reprojecting at once do not start a thread each.
 */
public final class ProjectionThreads {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "projection");
        t.setDaemon(true);
        return t;
    });

    private ProjectionThreads() {
    }

    public static Executor executor() {
        return POOL;
    }
}
