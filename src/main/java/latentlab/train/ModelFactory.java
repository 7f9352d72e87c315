package latentlab.train;

import ai.djl.ndarray.NDManager;
import latentlab.model.Autoencoder;
import latentlab.model.family.Autoencoders;
import latentlab.model.ModelSpec;

/** Builds a fresh model of a spec, its parameters initialised from {@code seed}, in {@code manager}. */
@FunctionalInterface
public interface ModelFactory {
    Autoencoder create(ModelSpec spec, NDManager manager, long seed);

    /** Every member of the family that ships with LatentLab, as {@link Autoencoders#create} builds it. */
    static ModelFactory standard() {
        return Autoencoders::create;
    }
}
