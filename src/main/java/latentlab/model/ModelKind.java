package latentlab.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The members of the autoencoder family, with the names the command line uses. */
public enum ModelKind {
    AE("ae", "Autoencoder (MLP)", false),
    CONV_AE("conv-ae", "Convolutional autoencoder", false),
    DAE("dae", "Denoising autoencoder", false),
    SPARSE_AE("sparse-ae", "Sparse autoencoder", false),
    CAE("cae", "Contractive autoencoder", false),
    VAE("vae", "Variational autoencoder", true),
    CONV_VAE("conv-vae", "Convolutional VAE", true),
    CVAE("cvae", "Conditional VAE", true),
    PCA("pca", "PCA (linear baseline)", false);

    private final String cliName;
    private final String displayName;
    private final boolean variational;

    ModelKind(String cliName, String displayName, boolean variational) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.variational = variational;
    }

    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    /** The settings this kind declares, each with this kind's default, in the order they are shown. */
    public java.util.Map<Setting<?>, Object> settings() {
        return Settings.of(this);
    }

    /** True for models with a prior over the latent space (VAE family). */
    public boolean isVariational() {
        return variational;
    }

    /** True when the decoder takes the class label as well as the code. */
    public boolean isConditional() {
        return this == CVAE;
    }

    /** True for models whose encoder halves the image side with 2x2 pooling at every stage. */
    public boolean isConvolutional() {
        return this == CONV_AE || this == CONV_VAE;
    }

    /** True for models fitted in closed form rather than by gradient steps. */
    public boolean isClosedForm() {
        return this == PCA;
    }

    /** The kind named {@code name} on the command line, or a clear error listing the valid names. */
    public static ModelKind fromCliName(String name) {
        for (ModelKind k : values()) {
            if (k.cliName.equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; choose one of: "
                + Arrays.stream(values()).map(ModelKind::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
