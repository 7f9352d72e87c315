package latentlab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that defines a model's architecture and objective: its kind and a value for each
 * setting the kind declares (see {@link Settings}); saved in checkpoints and checked when one is
 * loaded. Every value is checked against its declaration when the spec is made.
 *
 * @param kind member of the family
 * @param values a value for every setting of the kind, in the kind's order
 */
public record ModelSpec(ModelKind kind, Map<Setting<?>, Object> values) {

    /** How the decoder maps its last layer to pixels. */
    public enum OutputActivation { SIGMOID, TANH }

    /** How a reconstruction is compared with its target. */
    public enum ReconstructionLoss { BCE, MSE }

    /**
     * Checks every value against its declaration and the kind's constraints; a setting left out
     * takes the kind's default.
     *
     * @throws IllegalArgumentException naming the first setting that is wrong, or one the kind
     *     does not have
     */
    public ModelSpec {
        Objects.requireNonNull(kind, "kind");
        Map<Setting<?>, Object> declared = Settings.of(kind);
        for (Setting<?> s : values.keySet()) {
            if (!declared.containsKey(s)) {
                throw new IllegalArgumentException(s.name() + " is not a setting of " + kind.cliName());
            }
        }
        Map<Setting<?>, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<Setting<?>, Object> d : declared.entrySet()) {
            checked.put(d.getKey(), d.getKey().check(values.getOrDefault(d.getKey(), d.getValue())));
        }
        values = Collections.unmodifiableMap(checked);
        if (kind.isConvolutional()) {
            int halvings = ((List<?>) values.get(Settings.CHANNELS)).size();
            int factor = 1 << halvings;
            int side = (Integer) values.get(Settings.IMAGE_SIDE);
            if (side % factor != 0) {
                throw new IllegalArgumentException(kind.cliName() + " halves the image side " + halvings
                        + " times, so it needs a side divisible by " + factor + "; these images are " + side + "x"
                        + side);
            }
        }
    }

    /** The preset of {@code kind} for 28x28 digits with {@code latentDim} codes. */
    public static ModelSpec defaults(ModelKind kind, int latentDim) {
        return new ModelSpec(kind, Map.of(Settings.LATENT, latentDim));
    }

    /** The value of {@code s}; the kind must have it (see {@link #has}). */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> s) {
        Object v = values.get(s);
        if (v == null) {
            throw new IllegalArgumentException(kind.cliName() + " has no setting " + s.key());
        }
        return (T) v;
    }

    /** True when the kind has the setting {@code s}. */
    public boolean has(Setting<?> s) {
        return values.containsKey(s);
    }

    /** A copy with {@code s} set to {@code value}, checked like every value. */
    public <T> ModelSpec with(Setting<T> s, T value) {
        Map<Setting<?>, Object> v = new LinkedHashMap<>(values);
        v.put(s, value);
        return new ModelSpec(kind, v);
    }

    /** A copy fitted to images of {@code side} x {@code side} pixels and {@code classes} classes. */
    public ModelSpec fittedTo(int side, int classes) {
        ModelSpec s = with(Settings.IMAGE_SIDE, side);
        return has(Settings.CLASSES) ? s.with(Settings.CLASSES, classes) : s;
    }

    /** The first setting whose value differs in {@code other}, a spec of the same kind. */
    public Optional<Setting<?>> firstDifference(ModelSpec other) {
        return values.keySet().stream().filter(s -> !Objects.equals(values.get(s), other.values.get(s))).findFirst();
    }

    /** How a user names the model: "vae latent 20". */
    public String describe() {
        return kind.cliName() + " latent " + latentDim();
    }

    /**
     * {@link #describe()}, naming the first setting that differs from {@code other} when the kind
     * and latent size are the same: "vae latent 20 with beta 4".
     */
    public String describeAgainst(ModelSpec other) {
        String d = describe();
        if (kind != other.kind || !d.equals(other.describe())) {
            return d;
        }
        return firstDifference(other).map(s -> d + " with " + describe(s)).orElse(d);
    }

    /** {@code s} and its value as a user would write them: "beta 4". */
    public String describe(Setting<?> s) {
        return s.option() + " " + s.format(get(s));
    }

    public int latentDim() {
        return get(Settings.LATENT);
    }

    public int imageSide() {
        return get(Settings.IMAGE_SIDE);
    }

    public int inputSize() {
        return imageSide() * imageSide();
    }

    /** Widths of the encoder's stages: hidden layers, or channels of a convolutional model; empty for PCA. */
    public List<Integer> hidden() {
        return has(Settings.CHANNELS) ? get(Settings.CHANNELS) : has(Settings.HIDDEN) ? get(Settings.HIDDEN) : List.of();
    }
}
