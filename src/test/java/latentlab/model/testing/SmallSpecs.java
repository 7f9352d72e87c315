package latentlab.model.testing;

import java.util.List;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;

/** Each kind's preset objective on 8x8 images with 4 classes and small layers, so tests run fast. */
public final class SmallSpecs {
    public static final int SIDE = 8;
    public static final int CLASSES = 4;
    public static final int LATENT = 3;

    private SmallSpecs() {
    }

    public static ModelSpec of(ModelKind kind) {
        ModelSpec d = ModelSpec.defaults(kind, LATENT);
        List<Integer> hidden = switch (kind) {
            case AE, DAE, SPARSE_AE -> List.of(32, 16);
            case VAE, CVAE -> List.of(32);
            case CONV_AE, CONV_VAE -> List.of(4, 8);
            case CAE, PCA -> List.of();
        };
        return new ModelSpec(kind, LATENT, hidden, SIDE, CLASSES, d.output(), d.reconstruction(), d.beta(),
                d.klWarmupEpochs(), d.sparsityWeight(), d.contractionWeight(), d.weightDecay(), d.tiedWeights(),
                d.corruption());
    }
}
