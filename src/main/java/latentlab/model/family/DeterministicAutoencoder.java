package latentlab.model.family;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import latentlab.data.Corruption;
import latentlab.model.LossTerms;
import latentlab.model.Settings;
import latentlab.model.ModelSpec;
import latentlab.model.StepContext;
import latentlab.model.block.DeviceCorruption;
import latentlab.model.block.Net;
import latentlab.model.block.ParameterStore;
import latentlab.model.loss.Reconstruction;
import latentlab.model.loss.Sparsity;
import latentlab.model.block.Scalars;

/**
 * An autoencoder with one code per input: plain, convolutional, denoising, sparse, contractive.
 *
 * <p>Loss: {@code reconstruction + lambda_s * sum_j |h_j| + lambda_c * ||dh/dx||_F^2 +
 * weightDecay * sum W^2}, each term averaged over the batch. A denoising model's objective
 * encodes a corrupted input and scores it against the clean one, in training and in validation
 * alike (the caller seeds the engine's generator, so validation noise is the same every epoch);
 * {@link #encode} always takes the input as it is.
 */
final class DeterministicAutoencoder extends ParametricModel {
    private final Net encoder;
    private final Net decoder;
    private final Reconstruction reconstruction;
    private final ContractionTerm contraction;

    DeterministicAutoencoder(ModelSpec spec, ParameterStore store, Net encoder, Net decoder,
            ContractionTerm contraction) {
        super(spec, store);
        this.encoder = encoder;
        this.decoder = decoder;
        this.reconstruction = new Reconstruction(spec.get(Settings.OUTPUT), spec.get(Settings.RECONSTRUCTION));
        this.contraction = contraction;
    }

    @Override
    public LossTerms loss(NDArray x, NDArray labels, StepContext ctx) {
        // Validating on clean inputs would score a task the model was not trained for: the
        // corrupted inputs look different (noise lights up the background), so that loss rises
        // while the denoising objective falls.
        boolean corrupt = spec.has(Settings.NOISE) && spec.get(Settings.NOISE) != Corruption.Type.NONE;
        NDArray input = corrupt
                ? DeviceCorruption.apply(new Corruption(spec.get(Settings.NOISE), spec.get(Settings.NOISE_LEVEL)), x)
                : x;
        NDArray code = encoder.forward(input);
        LinkedHashMap<String, NDArray> terms = new LinkedHashMap<>();
        terms.put(LossTerms.RECONSTRUCTION, reconstruction.loss(decoder.forward(code), x));
        if (spec.has(Settings.SPARSITY)) {
            terms.put(LossTerms.SPARSITY, Scalars.times(Sparsity.l1(code), spec.get(Settings.SPARSITY)));
        }
        if (spec.has(Settings.CONTRACTION)) {
            terms.put(LossTerms.CONTRACTION,
                    Scalars.times(contraction.penalty(input, code), spec.get(Settings.CONTRACTION)));
        }
        terms.put(LossTerms.WEIGHT_DECAY, weightDecay(x.getManager()));
        return sum(terms);
    }

    @Override
    public NDArray encode(NDArray x, NDArray labels) {
        return encoder.forward(x);
    }

    @Override
    public NDArray decode(NDArray z, NDArray labels) {
        return reconstruction.pixels(decoder.forward(z));
    }

    /** How the contractive penalty is computed for this encoder. */
    @FunctionalInterface
    interface ContractionTerm {
        /** {@code ||dh/dx||_F^2} averaged over the batch, for codes {@code h} of inputs {@code x}. */
        NDArray penalty(NDArray x, NDArray h);
    }
}
