package latentlab.train.checkpoint;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import latentlab.model.ModelSpec;

/** {@code model.json}: the human-readable half of a checkpoint, written and read field by field. */
final class ModelJson {
    /** 2: the spec holds the settings its kind declares ({@link SpecJson}); 1: fourteen fixed fields ({@link SpecJsonV1}). */
    static final int FORMAT_VERSION = 2;
    private static final String MODEL_JSON = Checkpoints.MODEL_JSON;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    private ModelJson() {
    }

    static String write(CheckpointInfo info, Map<String, String> sha256) {
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", FORMAT_VERSION);
        o.add("spec", SpecJson.write(info.spec()));
        o.addProperty("dataset", info.datasetId());
        o.addProperty("seed", info.seed());
        o.addProperty("epoch", info.epoch());
        o.addProperty("batchSize", info.batchSize());
        o.addProperty("learningRate", info.learningRate());
        JsonArray history = new JsonArray();
        for (EpochMetrics m : info.history()) {
            JsonObject e = new JsonObject();
            e.addProperty("epoch", m.epoch());
            e.addProperty("learningRate", m.learningRate());
            e.add("train", GSON.toJsonTree(m.train()));
            e.add("validation", GSON.toJsonTree(m.validation()));
            history.add(e);
        }
        o.add("history", history);
        JsonObject files = new JsonObject();
        sha256.forEach(files::addProperty);
        o.add("sha256", files);
        return GSON.toJson(o) + "\n";
    }

    /** A spec made from checked fields; a value that breaks a rule of the kind is refused in one line. */
    static ModelSpec build(Path dir, Supplier<ModelSpec> make) throws CheckpointException {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new CheckpointException("checkpoint " + dir + ": the model in " + MODEL_JSON + " is not valid: "
                    + e.getMessage());
        }
    }

    /** The parsed file: its format version first, so that a newer file is refused before anything else. */
    record Parsed(Path dir, int formatVersion, JsonObject root) {
        /** Every field, checked for presence, type and range before anything is built from it. */
        CheckpointInfo info() throws CheckpointException {
            Fields f = new Fields(dir, root, "");
            Fields s = f.object("spec");
            ModelSpec spec = formatVersion == 1 ? SpecJsonV1.read(dir, s) : SpecJson.read(dir, s);
            int epoch = f.wholeNumber("epoch", 0, 1_000_000);
            List<EpochMetrics> history = new ArrayList<>();
            JsonArray entries = f.array("history");
            for (int i = 0; i < entries.size(); i++) {
                Fields e = f.element(entries, i, "history");
                int at = e.wholeNumber("epoch", 1, epoch);
                if (!history.isEmpty() && at <= history.get(history.size() - 1).epoch()) {
                    throw new CheckpointException("checkpoint " + dir + ": " + MODEL_JSON + " lists epoch " + at
                            + " after epoch " + history.get(history.size() - 1).epoch() + " in its history");
                }
                history.add(new EpochMetrics(at, e.losses("train"), e.losses("validation"),
                        e.number("learningRate", Double.MIN_VALUE, 10)));
            }
            return new CheckpointInfo(spec, f.text("dataset"), f.longNumber("seed"), epoch,
                    f.wholeNumber("batchSize", 1, 1 << 20), f.number("learningRate", Double.MIN_VALUE, 10), history);
        }

        Map<String, String> sha256() throws CheckpointException {
            Fields f = new Fields(dir, root, "");
            Fields files = f.object("sha256");
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : files.keys()) {
                out.put(name, files.text(name));
            }
            return out;
        }
    }

    /**
     * {@code model.json} as text, parsed; a damaged file is refused with what is wrong with it, in
     * one line that names the checkpoint.
     */
    static Parsed parse(Path dir, byte[] bytes) throws CheckpointException {
        String where = "checkpoint " + dir + ": " + MODEL_JSON;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CheckpointException(where + " is not text (it holds bytes that are not UTF-8); the file is"
                    + " damaged");
        }
        if (text.isBlank()) {
            throw new CheckpointException(where + " is empty");
        }
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new CheckpointException(where + " has more text after its end, at " + position(reader));
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof EOFException) {
                throw new CheckpointException(where + " is cut off: it ends in the middle (" + lines(text)
                        + " lines); the file is incomplete");
            }
            throw new CheckpointException(where + " is not valid JSON: " + firstLine(cause.getMessage()));
        }
        if (!root.isJsonObject()) {
            throw new CheckpointException(where + " does not hold a JSON object");
        }
        Fields f = new Fields(dir, root.getAsJsonObject(), "");
        return new Parsed(dir, f.wholeNumber("formatVersion", 1, Integer.MAX_VALUE), root.getAsJsonObject());
    }

    private static int lines(String text) {
        return (int) text.lines().count();
    }

    private static String position(JsonReader reader) {
        String s = reader.toString();
        int at = s.indexOf(" at ");
        return at < 0 ? "the end" : s.substring(at + 4);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
