package latentlab.model.family;

import ai.djl.ndarray.NDManager;
import latentlab.model.Autoencoder;
import latentlab.model.ModelSpec;
import latentlab.model.block.ParameterStore;

/** Creates any member of the family, initialized from a seed. */
public final class Autoencoders {
    private Autoencoders() {
    }

    /**
     * A new model with parameters drawn from {@code seed}: the same seed gives the same weights.
     * Its parameters live in a sub-manager of {@code manager}, closed with the model. The engine's
     * generator (denoising noise, contraction directions) is seeded by whoever steps the model,
     * never here: a model built on another thread (a decoder) must not disturb a run.
     */
    public static Autoencoder create(ModelSpec spec, NDManager manager, long seed) {
        NDManager own = manager.newSubManager();
        try {
            return Architectures.build(spec, new ParameterStore(own, seed));
        } catch (RuntimeException e) {
            own.close();
            throw e;
        }
    }
}
