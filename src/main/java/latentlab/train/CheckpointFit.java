package latentlab.train;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import latentlab.model.Autoencoder;
import latentlab.model.engine.Engines;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.CheckpointException;
import latentlab.train.checkpoint.Checkpoints;

/** Whether a checkpoint's tensors fit the model its {@code model.json} describes. */
public final class CheckpointFit {
    private CheckpointFit() {
    }

    /**
     * Builds the model of {@code c}'s spec and loads the tensors into it, so that an edited
     * {@code model.json} is refused before a run starts, with the file named.
     */
    public static void check(ModelFactory factory, Checkpoint c, Path dir) throws CheckpointException {
        try (NDManager m = Engines.newManager()) {
            Autoencoder model = factory.create(c.info().spec(), m, 0);
            try {
                model.restore(c.parameters());
            } catch (IllegalArgumentException e) {
                throw new CheckpointException("checkpoint " + dir + ": " + Checkpoints.PARAMS + " does not fit the model "
                        + Checkpoints.MODEL_JSON + " describes (" + e.getMessage() + "); was " + Checkpoints.MODEL_JSON
                        + " edited?");
            }
            if (!c.optimizer().isEmpty() && !c.info().spec().kind().isClosedForm()) {
                try (Adam adam = new Adam(m)) {
                    adam.load(c.optimizer(), model.parameters());
                } catch (IllegalArgumentException e) {
                    throw new CheckpointException("checkpoint " + dir + ": " + Checkpoints.OPTIMIZER
                            + " does not fit the model (" + e.getMessage() + ")");
                }
            }
            model.close();
        }
    }
}
