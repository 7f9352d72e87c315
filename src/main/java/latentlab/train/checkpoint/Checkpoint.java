package latentlab.train.checkpoint;

import java.util.Objects;
import latentlab.model.ParamSnapshot;

/** A trained model at an epoch boundary: enough to decode with it or to resume its training exactly. */
public record Checkpoint(CheckpointInfo info, ParamSnapshot parameters, OptimizerState optimizer) {
    public Checkpoint {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(optimizer, "optimizer");
    }
}
