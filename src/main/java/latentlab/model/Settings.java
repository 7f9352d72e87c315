package latentlab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import latentlab.data.Corruption;
import latentlab.model.ModelSpec.OutputActivation;
import latentlab.model.ModelSpec.ReconstructionLoss;
import latentlab.model.Setting.Source;

/**
 * Every setting of the models, and which kinds use each, with the kind's default. This file and
 * the model that reads a setting are all a new setting needs: the settings panel, the command
 * line's options, {@code model.json} and the model card follow from here.
 *
 * <p>A setting added later must default to what the models did before it existed: checkpoints
 * written before it are read with that default.
 */
public final class Settings {
    public static final Setting<Integer> LATENT = Setting.integer("latentDim", "Latent size", 1, 1024)
            .option("latent").architecture().unit("dimensions")
            .help("Size of the code; 2 or 3 is shown directly, larger sizes through a projection").build();
    public static final Setting<List<Integer>> HIDDEN = Setting.intList("hidden", "Hidden layers", 8, 1, 8192)
            .architecture()
            .help("Widths of the encoder's hidden layers, input side first; the decoder mirrors them").build();
    public static final Setting<List<Integer>> CHANNELS = Setting.intList("channels", "Channels", 8, 1, 8192)
            .architecture()
            .help("Channels of the encoder's convolution stages, each halving the image side; the decoder"
                    + " mirrors them").build();
    public static final Setting<Boolean> TIED_WEIGHTS = Setting.flag("tiedWeights", "Tied weights").architecture()
            .help("The decoder uses the encoder's weights, transposed").build();
    public static final Setting<OutputActivation> OUTPUT = Setting.choice("output", "Output", OutputActivation.class)
            .architecture().source(Source.PRESET)
            .help("Activation of the decoder's last layer, matching the pixel range").build();
    public static final Setting<Integer> IMAGE_SIDE = Setting.integer("imageSide", "Image side", 4, 256)
            .architecture().source(Source.DATA).unit("pixels")
            .help("Images are this many pixels wide and high, as in the training data").build();
    public static final Setting<Integer> CLASSES = Setting.integer("numClasses", "Classes", 2, 1000)
            .architecture().source(Source.DATA)
            .help("Classes of the training data; the decoder takes one of them with the code").build();
    public static final Setting<ReconstructionLoss> RECONSTRUCTION = Setting.choice("reconstruction",
            "Reconstruction", ReconstructionLoss.class)
            .help("Reconstruction loss: binary cross-entropy (from logits) or squared error, summed per image")
            .build();
    public static final Setting<Double> BETA = Setting.decimal("beta", "Beta", 0, 1e6)
            .help("Weight of the KL term: 1 is the VAE, other values a beta-VAE").build();
    public static final Setting<Integer> KL_WARMUP = Setting.integer("klWarmupEpochs", "KL warm-up", 0, 1_000_000)
            .option("kl-warmup").unit("epochs")
            .help("Epochs over which the KL weight ramps up from 0 to beta").build();
    public static final Setting<Double> FREE_BITS = Setting.decimal("freeBits", "Free bits", 0, 10)
            .unit("nats per dimension")
            .help("KL below this much per code dimension costs nothing, so dimensions are not pushed onto the"
                    + " prior (Kingma et al., 2016); the KL shown is the one trained; 0 turns it off")
            .build();
    public static final Setting<Double> SPARSITY = Setting.decimal("sparsityWeight", "Sparsity", 0, 1e6)
            .option("sparsity").help("Weight (lambda) of the L1 penalty on the code").build();
    public static final Setting<Double> CONTRACTION = Setting.decimal("contractionWeight", "Contraction", 0, 1e6)
            .option("contraction")
            .help("Weight (lambda) of the squared Frobenius norm of the encoder's Jacobian").build();
    public static final Setting<Corruption.Type> NOISE = Setting.choice("corruption", "Noise", Corruption.Type.class)
            .option("noise").help("Noise added to the inputs in training; the loss compares with the clean image")
            .build();
    public static final Setting<Double> NOISE_LEVEL = Setting.decimal("corruptionLevel", "Noise level", 0, 1)
            .option("noise-level").help("Noise standard deviation, or the fraction of pixels changed").build();
    public static final Setting<Double> WEIGHT_DECAY = Setting.decimal("weightDecay", "Weight decay", 0, 1e6)
            .help("L2 penalty on the squared weights").build();

    private static final Map<ModelKind, Map<Setting<?>, Object>> BY_KIND = new EnumMap<>(ModelKind.class);

    static {
        List<Integer> deep = List.of(128, 64, 12);
        List<Integer> conv = List.of(16, 32);
        ReconstructionLoss mse = ReconstructionLoss.MSE;
        ReconstructionLoss bce = ReconstructionLoss.BCE;
        declare(ModelKind.AE, trained(HIDDEN, deep, mse, use(TIED_WEIGHTS, false)));
        declare(ModelKind.CONV_AE, trained(CHANNELS, conv, mse));
        declare(ModelKind.DAE, trained(HIDDEN, deep, mse, use(TIED_WEIGHTS, false),
                use(NOISE, Corruption.Type.GAUSSIAN), use(NOISE_LEVEL, 0.3)));
        declare(ModelKind.SPARSE_AE, trained(HIDDEN, deep, mse, use(TIED_WEIGHTS, false), use(SPARSITY, 1e-3)));
        declare(ModelKind.CAE, trained(HIDDEN, List.of(), mse, use(CONTRACTION, 0.1)));
        declare(ModelKind.VAE, trained(HIDDEN, List.of(400), bce, use(BETA, 1.0), use(KL_WARMUP, 0),
                use(FREE_BITS, 0.0)));
        declare(ModelKind.CONV_VAE, trained(CHANNELS, conv, bce, use(BETA, 1.0), use(KL_WARMUP, 0),
                use(FREE_BITS, 0.0)));
        declare(ModelKind.CVAE, trained(HIDDEN, List.of(400), bce, use(CLASSES, 10), use(BETA, 1.0), use(KL_WARMUP, 0),
                use(FREE_BITS, 0.0)));
        declare(ModelKind.PCA, List.of(use(LATENT, 2), use(IMAGE_SIDE, 28)));
    }

    /** A setting with its default for one kind. */
    private record Use<T>(Setting<T> setting, T byDefault) {
    }

    private Settings() {
    }

    /** The settings of {@code kind} with its defaults, in the order the panel and the model card show them. */
    public static Map<Setting<?>, Object> of(ModelKind kind) {
        return BY_KIND.get(kind);
    }

    /** Every setting of every kind, each once, in declaration order. */
    public static List<Setting<?>> all() {
        Set<Setting<?>> out = new LinkedHashSet<>();
        BY_KIND.values().forEach(m -> out.addAll(m.keySet()));
        return List.copyOf(out);
    }

    /** The kinds that use {@code s}. */
    public static List<ModelKind> kindsOf(Setting<?> s) {
        return BY_KIND.entrySet().stream().filter(e -> e.getValue().containsKey(s)).map(Map.Entry::getKey).toList();
    }

    private static <T> Use<T> use(Setting<T> s, T byDefault) {
        return new Use<>(s, byDefault);
    }

    /** A model trained by gradient steps: its layers, output and loss, then its own settings, then weight decay. */
    private static List<Use<?>> trained(Setting<List<Integer>> layers, List<Integer> widths, ReconstructionLoss loss,
            Use<?>... own) {
        List<Use<?>> out = new ArrayList<>(List.of(use(LATENT, 2), use(IMAGE_SIDE, 28), use(layers, widths),
                use(OUTPUT, OutputActivation.SIGMOID), use(RECONSTRUCTION, loss)));
        out.addAll(List.of(own));
        out.add(use(WEIGHT_DECAY, 0.0));
        return out;
    }

    private static void declare(ModelKind kind, List<Use<?>> uses) {
        // Shown by group, architecture first, each group in the order declared.
        Map<Setting<?>, Object> ordered = new LinkedHashMap<>();
        for (Setting.Group g : Setting.Group.values()) {
            for (Use<?> u : uses) {
                if (u.setting().group() == g) {
                    ordered.put(u.setting(), u.setting().check(u.byDefault()));
                }
            }
        }
        BY_KIND.put(kind, Collections.unmodifiableMap(ordered));
    }
}
