package latentlab.latent.apps;

import latentlab.data.Dataset;
import latentlab.data.DataSplit;
import latentlab.latent.Codec;
import latentlab.latent.PcaCodec;
import latentlab.model.ModelKind;

/**
 * One point of the compression chart: a model with codes of {@code codeSize} numbers and its
 * mean reconstruction error on the validation images.
 *
 * @param kind the model
 * @param codeSize numbers per code
 * @param epochs epochs it trained (0 for a closed-form fit)
 * @param pixels numbers per image, for the compression ratio
 * @param mse mean per-pixel MSE over the validation images
 * @param bce mean per-pixel BCE over the validation images
 */
public record CompressionPoint(ModelKind kind, int codeSize, int epochs, int pixels, double mse, double bce) {

    /** The point of {@code codec} (a model with {@code epochs} of training) on {@code validation}. */
    public static CompressionPoint measure(ModelKind kind, int epochs, Codec codec, Dataset validation) {
        ReconstructionErrors e = ReconstructionErrors.of(codec, validation);
        return new CompressionPoint(kind, codec.latentDim(), epochs, validation.pixelsPerImage(),
                e.mean(ErrorMetric.MSE), e.mean(ErrorMetric.BCE));
    }

    /** PCA with {@code size} components, fitted on the training images and measured on the validation ones. */
    public static CompressionPoint pca(DataSplit data, int size) {
        try (PcaCodec pca = PcaCodec.fit(data.train(), size)) {
            return measure(ModelKind.PCA, 0, pca, data.validation());
        }
    }

    /** A point of the model named as the command line names it ({@code ae}, {@code vae}, ...), as files store it. */
    public static CompressionPoint named(String kindName, int codeSize, int epochs, int pixels, double mse,
            double bce) {
        return new CompressionPoint(CompressionSweep.kindNamed(kindName), codeSize, epochs, pixels, mse, bce);
    }

    /** The model's command-line name, e.g. {@code vae}: how files name it. */
    public String kindName() {
        return kind.cliName();
    }

    /** Numbers per image over numbers per code: how many times smaller the code is. */
    public double compressionRatio() {
        return (double) pixels / codeSize;
    }
}
