package latentlab.train;

import latentlab.model.Autoencoders;

/** The factory of the model family that ships with LatentLab. */
public final class ModelFactories {
    private ModelFactories() {
    }

    /** Every member of the family, as {@link Autoencoders#create} builds it. */
    public static ModelFactory standard() {
        return Autoencoders::create;
    }
}
