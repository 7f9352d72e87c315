package latentlab.train.checkpoint;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Setting;

/**
 * The {@code spec} object of {@code model.json} since format 2: the kind, then one field per
 * setting the kind declares, named by the setting's key. A setting missing from the file (saved
 * before it existed) takes the kind's default; a field the kind does not declare is refused.
 */
final class SpecJson {
    private SpecJson() {
    }

    static JsonObject write(ModelSpec spec) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", spec.kind().cliName());
        spec.values().forEach((s, v) -> o.add(s.key(), value(s, v)));
        return o;
    }

    private static com.google.gson.JsonElement value(Setting<?> s, Object v) {
        return switch (s.type()) {
            case INT, DOUBLE -> new JsonPrimitive((Number) v);
            case BOOLEAN -> new JsonPrimitive((Boolean) v);
            case CHOICE -> new JsonPrimitive(((Enum<?>) v).name());
            case INT_LIST -> {
                JsonArray a = new JsonArray();
                ((List<?>) v).forEach(e -> a.add((Integer) e));
                yield a;
            }
        };
    }

    static ModelSpec read(Path dir, Fields f) throws CheckpointException {
        ModelKind kind = f.choice("kind", ModelKind::fromCliName);
        Map<String, Setting<?>> byKey = new LinkedHashMap<>();
        kind.settings().keySet().forEach(s -> byKey.put(s.key(), s));
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        for (String key : f.keys()) {
            if (key.equals("kind")) {
                continue;
            }
            Setting<?> s = byKey.get(key);
            if (s == null) {
                throw new CheckpointException("checkpoint " + dir + ": " + Checkpoints.MODEL_JSON + " field spec."
                        + key + " is not a setting of " + kind.cliName()
                        + " (was the file written by a newer LatentLab, or edited?)");
            }
            values.put(s, read(f, s));
        }
        return ModelJson.build(dir, () -> new ModelSpec(kind, values));
    }

    private static Object read(Fields f, Setting<?> s) throws CheckpointException {
        String key = s.key();
        return switch (s.type()) {
            case INT -> f.wholeNumber(key, (int) s.min(), (int) s.max());
            case DOUBLE -> f.number(key, s.min(), s.max());
            case BOOLEAN -> f.bool(key);
            case CHOICE -> f.choice(key, name -> s.choices().stream().filter(c -> ((Enum<?>) c).name().equals(name))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(name)));
            case INT_LIST -> {
                JsonArray a = f.array(key);
                if (a.size() > s.maxCount()) {
                    throw f.wrong(key, "a list of at most " + s.maxCount() + " numbers", a);
                }
                List<Integer> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    out.add(f.wholeNumber(a.get(i), key + "[" + i + "]", (int) s.min(), (int) s.max()));
                }
                yield out;
            }
        };
    }
}
