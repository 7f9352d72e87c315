package latentlab.model.testing;

import java.util.ArrayList;
import java.util.List;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Setting;

/** A spec of each kind with every setting a user may choose moved off its preset, to test that each one travels. */
public final class OtherValues {
    private OtherValues() {
    }

    public static ModelSpec of(ModelKind kind) {
        ModelSpec spec = ModelSpec.defaults(kind, 2);
        for (var e : kind.settings().entrySet()) {
            if (e.getKey().source() == Setting.Source.USER) {
                spec = with(spec, e.getKey(), other(e.getKey(), e.getValue()));
            }
        }
        return spec;
    }

    @SuppressWarnings("unchecked")
    private static <T> ModelSpec with(ModelSpec spec, Setting<T> s, Object value) {
        return spec.with(s, (T) value);
    }

    /** A valid value of {@code s} that is not {@code preset}. */
    static Object other(Setting<?> s, Object preset) {
        return switch (s.type()) {
            case INT -> (Integer) preset < s.max() ? (Integer) preset + 1 : (Integer) preset - 1;
            case DOUBLE -> (Double) preset + (Math.min(s.max(), 10) - (Double) preset) / 2;
            case BOOLEAN -> !(Boolean) preset;
            case CHOICE -> s.choices().get((s.choices().indexOf(preset) + 1) % s.choices().size());
            case INT_LIST -> {
                List<Integer> l = new ArrayList<>((List<Integer>) preset);
                if (l.isEmpty()) {
                    l.add(7);
                } else {
                    l.remove(l.size() - 1);
                }
                yield l;
            }
        };
    }
}
