package latentlab.model.family;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import latentlab.data.Corruption;
import latentlab.model.LossTerms;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.StepContext;
import latentlab.model.block.DeviceCorruption;
import latentlab.model.block.Net;
import latentlab.model.block.ParameterStore;
import latentlab.model.loss.Reconstruction;
import latentlab.model.loss.Sparsity;

/**
 * An autoencoder with one code per input: plain, convolutional, denoising, sparse, contractive.
 *
 * <p>Loss: {@code reconstruction + lambda_s * sum_j |h_j| + lambda_c * ||dh/dx||_F^2 +
 * weightDecay * sum W^2}, each term averaged over the batch. A denoising model encodes a
 * corrupted input in training and is scored against the clean one.
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
        this.reconstruction = new Reconstruction(spec.output(), spec.reconstruction());
        this.contraction = contraction;
    }

    @Override
    public LossTerms loss(NDArray x, NDArray labels, StepContext ctx) {
        boolean corrupt = ctx.training() && spec.corruption().type() != Corruption.Type.NONE;
        NDArray input = corrupt ? DeviceCorruption.apply(spec.corruption(), x) : x;
        NDArray code = encoder.forward(input);
        LinkedHashMap<String, NDArray> terms = new LinkedHashMap<>();
        terms.put(LossTerms.RECONSTRUCTION, reconstruction.loss(decoder.forward(code), x));
        if (spec.kind() == ModelKind.SPARSE_AE || spec.sparsityWeight() > 0) {
            terms.put(LossTerms.SPARSITY, Sparsity.l1(code).mul((float) spec.sparsityWeight()));
        }
        if (spec.kind() == ModelKind.CAE || spec.contractionWeight() > 0) {
            terms.put(LossTerms.CONTRACTION, contraction.penalty(input, code).mul((float) spec.contractionWeight()));
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
