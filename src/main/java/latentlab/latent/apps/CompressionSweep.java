package latentlab.latent.apps;

import java.util.List;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;

/**
 * What the compression chart compares: each model kind at each code size, trained for the same
 * epochs on the same data with the same seed (closed-form kinds are fitted instead), and measured
 * on the validation images.
 *
 * @param kinds the models, in the chart's order
 * @param sizes the code sizes, ascending
 * @param epochs training epochs of each trained model
 * @param datasetId the data source
 * @param seed initialisation, shuffling and sampling of every trained model
 * @param hidden the hidden layers of every trained model, so that the models differ in their objective and
 *     code size only; empty in sweeps written before it was recorded, which trained each kind's preset
 */
public record CompressionSweep(List<ModelKind> kinds, List<Integer> sizes, int epochs, String datasetId, long seed,
        List<Integer> hidden) {
    /** The course's comparison: the autoencoder, the VAE and PCA. */
    public static final List<ModelKind> COURSE_KINDS = List.of(ModelKind.AE, ModelKind.VAE, ModelKind.PCA);
    /** The course's code sizes. */
    public static final List<Integer> COURSE_SIZES = List.of(2, 4, 8, 16, 32);
    /**
     * The course's hidden layers, the classic VAE's: one layer of 400, wider than every code size. The
     * deep autoencoder's preset (128-64-12) would pass a code of 16 or 32 through 12 units.
     */
    public static final List<Integer> COURSE_HIDDEN = List.of(400);

    public CompressionSweep {
        kinds = List.copyOf(kinds);
        sizes = List.copyOf(sizes);
        hidden = List.copyOf(hidden);
        if (hidden.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hidden layers must be at least 1 wide, got " + hidden);
        }
        if (kinds.isEmpty() || sizes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one model and one code size");
        }
        if (kinds.stream().distinct().count() != kinds.size()) {
            throw new IllegalArgumentException("a model is named twice: " + kinds);
        }
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) < 1 || (i > 0 && sizes.get(i) <= sizes.get(i - 1))) {
                throw new IllegalArgumentException("code sizes must be positive and ascending, got " + sizes);
            }
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
    }

    /** The kinds' command-line names, in order. */
    public List<String> kindNames() {
        return kinds.stream().map(ModelKind::cliName).toList();
    }

    /** A sweep of the models named as the command line names them ({@code ae}, {@code vae}, ...), as files store them. */
    public static CompressionSweep named(List<String> kindNames, List<Integer> sizes, int epochs, String datasetId,
            long seed, List<Integer> hidden) {
        return new CompressionSweep(kindNames.stream().map(CompressionSweep::kindNamed).toList(), sizes, epochs,
                datasetId, seed, hidden);
    }

    /** The model of {@code kind} with a code of {@code size}: its preset, with the sweep's hidden layers. */
    public ModelSpec spec(ModelKind kind, int size) {
        ModelSpec preset = ModelSpec.defaults(kind, size);
        return hidden.isEmpty() || !preset.has(Settings.HIDDEN) ? preset : preset.with(Settings.HIDDEN, hidden);
    }

    /** The hidden layers in words: "hidden layers 400" or, for an older sweep, each kind's preset. */
    public String hiddenInWords() {
        return hidden.isEmpty() ? "each kind's preset hidden layers"
                : "hidden layers " + Settings.HIDDEN.format(hidden);
    }

    /** The kind named {@code name} on the command line; a clear error for any other name. */
    static ModelKind kindNamed(String name) {
        try {
            return ModelKind.fromCliName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it names an unknown model '" + name + "'");
        }
    }

    /** The trained (not closed-form) kinds. */
    public List<ModelKind> trainedKinds() {
        return kinds.stream().filter(k -> !k.isClosedForm()).toList();
    }

    /** The name of one model of the sweep, e.g. {@code vae-8}: its session and its checkpoint folder. */
    public static String modelName(ModelKind kind, int size) {
        return kind.cliName() + "-" + size;
    }
}
