package latentlab.train.checkpoint;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, range-checked access to one object of {@code model.json}. Every refusal is one sentence
 * naming the checkpoint, the field's path and what was found.
 */
final class Fields {
    private final Path dir;
    private final JsonObject object;
    private final String path;

    Fields(Path dir, JsonObject object, String path) {
        this.dir = dir;
        this.object = object;
        this.path = path;
    }

    Set<String> keys() {
        return object.keySet();
    }

    Fields object(String name) throws CheckpointException {
        JsonElement e = get(name);
        if (!e.isJsonObject()) {
            throw wrong(name, "an object", e);
        }
        return new Fields(dir, e.getAsJsonObject(), path + name + ".");
    }

    JsonArray array(String name) throws CheckpointException {
        JsonElement e = get(name);
        if (!e.isJsonArray()) {
            throw wrong(name, "a list", e);
        }
        return e.getAsJsonArray();
    }

    Fields element(JsonArray array, int i, String arrayName) throws CheckpointException {
        JsonElement e = array.get(i);
        String name = arrayName + "[" + i + "]";
        if (!e.isJsonObject()) {
            throw wrong(name, "an object", e);
        }
        return new Fields(dir, e.getAsJsonObject(), path + name + ".");
    }

    String text(String name) throws CheckpointException {
        JsonElement e = get(name);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isEmpty()) {
            throw wrong(name, "a non-empty text", e);
        }
        return e.getAsString();
    }

    boolean bool(String name) throws CheckpointException {
        JsonElement e = get(name);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw wrong(name, "true or false", e);
        }
        return e.getAsBoolean();
    }

    <T> T choice(String name, Function<String, T> parse) throws CheckpointException {
        String v = text(name);
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException ex) {
            throw new CheckpointException(where() + "field " + path + name + " has the unknown value \"" + v + "\"");
        }
    }

    int wholeNumber(String name, int min, int max) throws CheckpointException {
        return wholeNumber(get(name), name, min, max);
    }

    int wholeNumber(JsonElement e, String name, int min, int max) throws CheckpointException {
        BigDecimal v = decimal(e, name, "a whole number from " + min + " to " + max);
        if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw wrong(name, "a whole number from " + min + " to " + max, e);
        }
        return v.intValueExact();
    }

    long longNumber(String name) throws CheckpointException {
        JsonElement e = get(name);
        BigDecimal v = decimal(e, name, "a whole number");
        try {
            return v.longValueExact();
        } catch (ArithmeticException ex) {
            throw wrong(name, "a whole number of at most 19 digits", e);
        }
    }

    double number(String name, double min, double max) throws CheckpointException {
        JsonElement e = get(name);
        String range = "a number from " + min + " to " + max;
        double v = decimal(e, name, range).doubleValue();
        if (!(v >= min && v <= max)) {
            throw wrong(name, range, e);
        }
        return v;
    }

    /** An object of loss terms, each a number (NaN and infinity allowed: a diverged epoch is history too). */
    Map<String, Double> losses(String name) throws CheckpointException {
        Fields o = object(name);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : o.keys()) {
            JsonElement e = o.object.get(key);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() && !isSpecial(e)) {
                throw o.wrong(key, "a number", e);
            }
            out.put(key, e.getAsDouble());
        }
        return out;
    }

    private static boolean isSpecial(JsonElement e) {
        String s = e.getAsString();
        return s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity");
    }

    private BigDecimal decimal(JsonElement e, String name, String expected) throws CheckpointException {
        if (!e.isJsonPrimitive() || !((JsonPrimitive) e).isNumber()) {
            throw wrong(name, expected, e);
        }
        try {
            return new BigDecimal(e.getAsString());
        } catch (NumberFormatException ex) {
            throw wrong(name, expected, e);
        }
    }

    private JsonElement get(String name) throws CheckpointException {
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            throw new CheckpointException(where() + "field " + path + name + " is missing");
        }
        return e;
    }

    CheckpointException wrong(String name, String expected, JsonElement found) {
        String shown = found.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 37) + "...";
        }
        return new CheckpointException(where() + "field " + path + name + " must be " + expected + ", but is "
                + shown);
    }

    private String where() {
        return "checkpoint " + dir + ": " + Checkpoints.MODEL_JSON + " ";
    }
}
