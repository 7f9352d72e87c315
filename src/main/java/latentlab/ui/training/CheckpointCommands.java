package latentlab.ui.training;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import latentlab.model.ModelSpec;
import latentlab.train.checkpoint.CheckpointLock;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.workspace.ModelState;

/**
 * Open and Save of checkpoints, for one model at a time: loading and copying run in the
 * background; what happened shows in the training status, and failures as errors.
 */
public final class CheckpointCommands {
    private final TaskExecutor executor;
    private final TrainingViewModel training;

    public CheckpointCommands(TaskExecutor executor, TrainingViewModel training) {
        this.executor = Objects.requireNonNull(executor);
        this.training = Objects.requireNonNull(training);
    }

    /**
     * Loads the checkpoint in {@code dir} into the model {@code into} gives once it has loaded:
     * its history, its weights, and the state Train continues; {@code onLoaded} gets its spec on
     * the UI thread. Nothing changes when it cannot be loaded.
     */
    public void open(Path dir, Supplier<ModelState> into, Consumer<ModelSpec> onLoaded) {
        BackgroundTask.wrap(() -> Checkpoints.load(dir)).onSuccess(cp -> {
            into.get().show(cp, dir);
            training.showOpened("Opened " + dir.getFileName() + ": " + cp.info().spec().kind().displayName()
                    + ", epoch " + cp.info().epoch(), cp.info().epoch());
            onLoaded.accept(cp.info().spec());
        }).onFailure(e -> training.reportError("Could not open the checkpoint " + dir + ": " + RunTexts.describe(e)))
                .executeWith(executor);
    }

    /** Copies the latest checkpoint of {@code from} to {@code target}, atomically. */
    public void save(ModelState from, Path target) {
        Path source = from.lastCheckpoint();
        if (source == null) {
            training.reportError("There is no checkpoint to save yet: train for at least one epoch.");
            return;
        }
        BackgroundTask.wrap(() -> {
            // The target may be a folder that a run (here or in another process) is writing.
            try (CheckpointLock lock = CheckpointLock.acquire(target)) {
                Checkpoints.save(target, Checkpoints.load(source));
            }
            return target;
        }).onSuccess(t -> training.report("Saved checkpoint to " + t))
                .onFailure(e -> training.reportError("Could not save the checkpoint: " + RunTexts.describe(e)))
                .executeWith(executor);
    }

    /** True once {@code model} has a checkpoint that Save can write. */
    public static boolean canSave(ModelState model) {
        return model.lastCheckpoint() != null;
    }
}
