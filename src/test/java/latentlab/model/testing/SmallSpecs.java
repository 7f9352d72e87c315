package latentlab.model.testing;

import java.util.List;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;

/** Each kind's preset objective on 8x8 images with 4 classes and small layers, so tests run fast. */
public final class SmallSpecs {
    public static final int SIDE = 8;
    public static final int CLASSES = 4;
    public static final int LATENT = 3;

    private SmallSpecs() {
    }

    public static ModelSpec of(ModelKind kind) {
        ModelSpec d = ModelSpec.defaults(kind, LATENT).fittedTo(SIDE, CLASSES);
        return switch (kind) {
            case AE, DAE, SPARSE_AE -> d.with(Settings.HIDDEN, List.of(32, 16));
            case VAE, CVAE -> d.with(Settings.HIDDEN, List.of(32));
            case CONV_AE, CONV_VAE -> d.with(Settings.CHANNELS, List.of(4, 8));
            case CAE, PCA -> d;
        };
    }
}
