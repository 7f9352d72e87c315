package latentlab.train;

import latentlab.model.Autoencoders;

/** The factory of the model family that ships with LatentLab. */
public final class ModelFactories {
    private ModelFactories() {
    }

    /** {@link Autoencoders#create}: every kind of {@link latentlab.model.ModelKind}. */
    public static ModelFactory standard() {
        return Autoencoders::create;
    }
}
