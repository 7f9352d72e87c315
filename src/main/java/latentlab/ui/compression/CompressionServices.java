package latentlab.ui.compression;

import java.nio.file.Path;
import latentlab.train.ModelFactory;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.training.TrainingViewModel;

/**
 * What the window lends the compression view: its one training run (the engine allows one
 * gradient collector per process, so a sweep trains through the window's run, never beside it),
 * the factory of that run's models (to decode the sweep's checkpoints), a pool for measuring and
 * opening, and the runs folder the sweep keeps its checkpoints under.
 */
public record CompressionServices(TrainingViewModel training, ModelFactory factory, TaskExecutor background,
        Path runsDir) {
}
