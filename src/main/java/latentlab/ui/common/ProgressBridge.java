package latentlab.ui.common;

import latentlab.latent.metrics.Progress;
import latentlab.ui.task.TaskProgress;

/** A task's progress as the {@link Progress} that the long computations of {@code latent} report to and poll. */
public final class ProgressBridge {
    private ProgressBridge() {
    }

    /** Reports go to {@code task} (coalesced onto the FX thread); cancelling the task cancels the computation. */
    public static Progress of(TaskProgress task) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                task.update(fraction, message);
            }

            @Override
            public boolean cancelled() {
                return task.isCancelled();
            }
        };
    }
}
