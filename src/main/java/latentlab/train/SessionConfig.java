package latentlab.train;

import java.nio.file.Path;
import java.util.Objects;
import latentlab.model.ModelSpec;
import latentlab.train.checkpoint.Checkpoint;

/**
 * One model of a run.
 *
 * @param id the name events carry, unique within the run
 * @param spec the model to train
 * @param checkpointDir where a checkpoint is written after every epoch; null for none
 * @param resumeFrom a checkpoint of this spec to continue from; null to start afresh
 */
public record SessionConfig(String id, ModelSpec spec, Path checkpointDir, Checkpoint resumeFrom) {
    public SessionConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        if (resumeFrom != null && !resumeFrom.info().spec().equals(spec)) {
            throw new IllegalArgumentException("session " + id + " resumes a checkpoint of another model");
        }
    }

    public static SessionConfig fresh(String id, ModelSpec spec, Path checkpointDir) {
        return new SessionConfig(id, spec, checkpointDir, null);
    }

    public static SessionConfig resume(String id, Checkpoint checkpoint, Path checkpointDir) {
        return new SessionConfig(id, checkpoint.info().spec(), checkpointDir, checkpoint);
    }

    /** Epochs already done: 0 for a fresh session. */
    public int firstEpoch() {
        return resumeFrom == null ? 0 : resumeFrom.info().epoch();
    }
}
