package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/** Keeps per-step results out of the model's own manager. */
public final class Scope {
    private Scope() {
    }

    /**
     * Moves {@code array} to {@code step}. An op's result belongs to its first operand's manager,
     * so an op that starts from a parameter would otherwise pile up in the model's manager,
     * one array per step, for the model's whole life.
     */
    public static NDArray adopt(NDManager step, NDArray array) {
        array.attach(step);
        return array;
    }
}
