package latentlab.model;

import java.util.List;
import java.util.Objects;
import latentlab.data.Corruption;

/**
 * Everything that defines a model's architecture and objective; saved in checkpoints and checked
 * when one is loaded.
 *
 * @param kind member of the family
 * @param latentDim size of the code
 * @param hidden widths of the encoder's hidden layers, input side first (the decoder mirrors
 *     them); for convolutional models, the channel counts of the conv stages
 * @param imageSide images are {@code imageSide x imageSide}
 * @param numClasses classes known to conditional models (one-hot width)
 * @param output activation of the decoder's last layer, matching the pixel range
 * @param reconstruction reconstruction loss
 * @param beta weight of the KL term (1 = VAE, other values = beta-VAE)
 * @param klWarmupEpochs epochs over which the KL weight ramps linearly from 0 to {@code beta}
 * @param sparsityWeight lambda of the L1 penalty on the code (sparse AE)
 * @param contractionWeight lambda of the Jacobian penalty (contractive AE)
 * @param weightDecay L2 penalty on the weights
 * @param tiedWeights decoder weights are the encoder's, transposed (MLP models)
 * @param corruption noise applied to the inputs in training (denoising AE)
 */
public record ModelSpec(
        ModelKind kind,
        int latentDim,
        List<Integer> hidden,
        int imageSide,
        int numClasses,
        OutputActivation output,
        ReconstructionLoss reconstruction,
        double beta,
        int klWarmupEpochs,
        double sparsityWeight,
        double contractionWeight,
        double weightDecay,
        boolean tiedWeights,
        Corruption corruption) {

    /** Largest code size. */
    public static final int MAX_LATENT = 1024;
    /** Widest hidden layer (or most channels of a conv stage). */
    public static final int MAX_WIDTH = 8192;
    /** Most hidden layers or conv stages. */
    public static final int MAX_DEPTH = 8;
    /** Smallest and largest image side. */
    public static final int MIN_SIDE = 4;
    public static final int MAX_SIDE = 256;
    /** Most classes (EMNIST's largest split has 62). */
    public static final int MAX_CLASSES = 1000;

    /** How the decoder maps its last layer to pixels. */
    public enum OutputActivation { SIGMOID, TANH }

    /** How a reconstruction is compared with its target. */
    public enum ReconstructionLoss { BCE, MSE }

    public ModelSpec {
        Objects.requireNonNull(kind, "kind");
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(reconstruction, "reconstruction");
        Objects.requireNonNull(corruption, "corruption");
        if (latentDim < 1 || latentDim > MAX_LATENT) {
            throw new IllegalArgumentException("latent size must be from 1 to " + MAX_LATENT + ", got " + latentDim);
        }
        if (imageSide < MIN_SIDE || imageSide > MAX_SIDE) {
            throw new IllegalArgumentException("image side must be from " + MIN_SIDE + " to " + MAX_SIDE + ", got "
                    + imageSide);
        }
        if (hidden.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("at most " + MAX_DEPTH + " hidden layers, got " + hidden.size());
        }
        for (int h : hidden) {
            if (h < 1 || h > MAX_WIDTH) {
                throw new IllegalArgumentException("hidden layer sizes must be from 1 to " + MAX_WIDTH + ", got "
                        + hidden);
            }
        }
        if (numClasses < 1 || numClasses > MAX_CLASSES) {
            throw new IllegalArgumentException("number of classes must be from 1 to " + MAX_CLASSES + ", got "
                    + numClasses);
        }
        if (!(beta >= 0) || !(sparsityWeight >= 0) || !(contractionWeight >= 0) || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("beta and penalty weights must be >= 0");
        }
        if (klWarmupEpochs < 0) {
            throw new IllegalArgumentException("KL warm-up epochs must be >= 0");
        }
        if (kind.isConvolutional()) {
            int halvings = hidden.size();
            int factor = 1 << halvings;
            if (imageSide % factor != 0) {
                throw new IllegalArgumentException(kind.cliName() + " halves the image side " + halvings
                        + " times, so it needs a side divisible by " + factor + "; these images are " + imageSide
                        + "x" + imageSide);
            }
        }
        if (kind.isConditional() && numClasses < 2) {
            throw new IllegalArgumentException("a conditional model needs at least 2 classes");
        }
    }

    /** The preset of each kind for 28x28 digits with {@code latentDim} codes. */
    public static ModelSpec defaults(ModelKind kind, int latentDim) {
        List<Integer> hidden = switch (kind) {
            case AE, DAE, SPARSE_AE -> List.of(128, 64, 12);
            case CAE -> List.of();
            case VAE, CVAE -> List.of(400);
            case CONV_AE, CONV_VAE -> List.of(16, 32);
            case PCA -> List.of();
        };
        Corruption corruption = kind == ModelKind.DAE ? Corruption.gaussian(0.3) : Corruption.NONE;
        double sparsity = kind == ModelKind.SPARSE_AE ? 1e-3 : 0;
        double contraction = kind == ModelKind.CAE ? 0.1 : 0;
        ReconstructionLoss recon = kind.isVariational() ? ReconstructionLoss.BCE : ReconstructionLoss.MSE;
        return new ModelSpec(kind, latentDim, hidden, 28, 10, OutputActivation.SIGMOID, recon,
                1.0, 0, sparsity, contraction, 0, false, corruption);
    }

    public int inputSize() {
        return imageSide * imageSide;
    }

    public ModelSpec withHidden(List<Integer> h) {
        return new ModelSpec(kind, latentDim, h, imageSide, numClasses, output, reconstruction, beta,
                klWarmupEpochs, sparsityWeight, contractionWeight, weightDecay, tiedWeights, corruption);
    }

    public ModelSpec withBeta(double b) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, output, reconstruction, b,
                klWarmupEpochs, sparsityWeight, contractionWeight, weightDecay, tiedWeights, corruption);
    }

    public ModelSpec withKlWarmupEpochs(int e) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, output, reconstruction, beta,
                e, sparsityWeight, contractionWeight, weightDecay, tiedWeights, corruption);
    }

    public ModelSpec withSparsityWeight(double w) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, output, reconstruction, beta,
                klWarmupEpochs, w, contractionWeight, weightDecay, tiedWeights, corruption);
    }

    public ModelSpec withContractionWeight(double w) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, output, reconstruction, beta,
                klWarmupEpochs, sparsityWeight, w, weightDecay, tiedWeights, corruption);
    }

    public ModelSpec withWeightDecay(double w) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, output, reconstruction, beta,
                klWarmupEpochs, sparsityWeight, contractionWeight, w, tiedWeights, corruption);
    }

    public ModelSpec withTiedWeights(boolean t) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, output, reconstruction, beta,
                klWarmupEpochs, sparsityWeight, contractionWeight, weightDecay, t, corruption);
    }

    public ModelSpec withCorruption(Corruption c) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, output, reconstruction, beta,
                klWarmupEpochs, sparsityWeight, contractionWeight, weightDecay, tiedWeights, c);
    }

    public ModelSpec withReconstruction(ReconstructionLoss r) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, output, r, beta,
                klWarmupEpochs, sparsityWeight, contractionWeight, weightDecay, tiedWeights, corruption);
    }

    public ModelSpec withOutput(OutputActivation o) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, numClasses, o, reconstruction, beta,
                klWarmupEpochs, sparsityWeight, contractionWeight, weightDecay, tiedWeights, corruption);
    }

    public ModelSpec withImageSide(int side) {
        return new ModelSpec(kind, latentDim, hidden, side, numClasses, output, reconstruction, beta,
                klWarmupEpochs, sparsityWeight, contractionWeight, weightDecay, tiedWeights, corruption);
    }

    public ModelSpec withNumClasses(int n) {
        return new ModelSpec(kind, latentDim, hidden, imageSide, n, output, reconstruction, beta,
                klWarmupEpochs, sparsityWeight, contractionWeight, weightDecay, tiedWeights, corruption);
    }
}
