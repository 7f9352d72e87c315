package latentlab.model.family;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import latentlab.model.Autoencoder;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.model.block.ConvDecoder;
import latentlab.model.block.ConvEncoder;
import latentlab.model.block.Mlp;
import latentlab.model.block.Net;
import latentlab.model.block.Nonlinearity;
import latentlab.model.block.ParameterStore;
import latentlab.model.loss.Contraction;

/** Assembles each member of the family from blocks, as its {@link ModelSpec} describes it. */
final class Architectures {
    /** Directions of the finite-difference Jacobian estimate: unbiased, so a few per step suffice. */
    static final int CONTRACTION_DIRECTIONS = 4;
    static final float CONTRACTION_STEP = 1e-3f;

    private Architectures() {
    }

    static Autoencoder build(ModelSpec spec, ParameterStore store) {
        return switch (spec.kind()) {
            case AE, DAE, SPARSE_AE, CAE -> mlpAutoencoder(spec, store);
            case CONV_AE -> convAutoencoder(spec, store);
            case VAE, CVAE -> mlpVae(spec, store);
            case CONV_VAE -> new VariationalAutoencoder(spec, store,
                    new ConvEncoder(store, "encoder", spec.imageSide(), spec.hidden(), 2 * spec.latentDim()),
                    new ConvDecoder(store, "decoder", spec.imageSide(), spec.hidden(), spec.latentDim()));
            case PCA -> new PcaModel(spec, store);
        };
    }

    /**
     * Encoder {@code n -> hidden... -> d} with ReLU and a linear code (sigmoid for the contractive
     * kind, whose penalty is defined on a saturating code), decoder the mirror image.
     */
    private static Autoencoder mlpAutoencoder(ModelSpec spec, ParameterStore store) {
        Nonlinearity code = spec.kind() == ModelKind.CAE ? Nonlinearity.SIGMOID : Nonlinearity.IDENTITY;
        Mlp encoder = Mlp.builder(store, "encoder", spec.inputSize())
                .layers(spec.hidden(), Nonlinearity.RELU)
                .layer(spec.latentDim(), code)
                .build();
        Net decoder;
        if (spec.has(Settings.TIED_WEIGHTS) && spec.get(Settings.TIED_WEIGHTS)) {
            List<Nonlinearity> activations = new ArrayList<>(Collections.nCopies(spec.hidden().size(),
                    Nonlinearity.RELU));
            activations.add(Nonlinearity.IDENTITY);
            decoder = encoder.tiedMirror(store, "decoder", activations);
        } else {
            decoder = mirrorDecoder(spec, store, spec.latentDim());
        }
        DeterministicAutoencoder.ContractionTerm contraction = finiteDifference(encoder);
        if (spec.hidden().isEmpty() && code == Nonlinearity.SIGMOID) {
            var weight = encoder.denseLayers().get(0).weight();
            contraction = (x, h) -> Contraction.sigmoidLayer(h, weight.getArray());
        }
        return new DeterministicAutoencoder(spec, store, encoder, decoder, contraction);
    }

    private static Autoencoder convAutoencoder(ModelSpec spec, ParameterStore store) {
        ConvEncoder encoder = new ConvEncoder(store, "encoder", spec.imageSide(), spec.hidden(), spec.latentDim());
        return new DeterministicAutoencoder(spec, store, encoder,
                new ConvDecoder(store, "decoder", spec.imageSide(), spec.hidden(), spec.latentDim()),
                finiteDifference(encoder));
    }

    private static DeterministicAutoencoder.ContractionTerm finiteDifference(Net encoder) {
        return (x, h) -> Contraction.finiteDifference(encoder, x, h, CONTRACTION_DIRECTIONS, CONTRACTION_STEP);
    }

    /** Encoder {@code n (+classes) -> hidden... -> 2d} giving mu and logvar side by side. */
    private static Autoencoder mlpVae(ModelSpec spec, ParameterStore store) {
        int classes = spec.kind().isConditional() ? spec.get(Settings.CLASSES) : 0;
        Mlp encoder = Mlp.builder(store, "encoder", spec.inputSize() + classes)
                .layers(spec.hidden(), Nonlinearity.RELU)
                .layer(2 * spec.latentDim(), Nonlinearity.IDENTITY)
                .build();
        return new VariationalAutoencoder(spec, store, encoder, mirrorDecoder(spec, store, spec.latentDim() + classes));
    }

    /** {@code inputSize -> reversed hidden (ReLU) -> pixels (logits)}. */
    private static Mlp mirrorDecoder(ModelSpec spec, ParameterStore store, int inputSize) {
        List<Integer> reversed = new ArrayList<>(spec.hidden());
        Collections.reverse(reversed);
        return Mlp.builder(store, "decoder", inputSize)
                .layers(reversed, Nonlinearity.RELU)
                .layer(spec.inputSize(), Nonlinearity.IDENTITY)
                .build();
    }
}
