package latentlab.train.checkpoint;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.data.Corruption;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.train.EpochMetrics;

/** {@code model.json}: the human-readable half of a checkpoint, written and read field by field. */
final class ModelJson {
    static final int FORMAT_VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    private ModelJson() {
    }

    static String write(CheckpointInfo info, Map<String, String> sha256) {
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", FORMAT_VERSION);
        o.add("spec", spec(info.spec()));
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

    static JsonObject spec(ModelSpec s) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", s.kind().cliName());
        o.addProperty("latentDim", s.latentDim());
        JsonArray hidden = new JsonArray();
        s.hidden().forEach(hidden::add);
        o.add("hidden", hidden);
        o.addProperty("imageSide", s.imageSide());
        o.addProperty("numClasses", s.numClasses());
        o.addProperty("output", s.output().name());
        o.addProperty("reconstruction", s.reconstruction().name());
        o.addProperty("beta", s.beta());
        o.addProperty("klWarmupEpochs", s.klWarmupEpochs());
        o.addProperty("sparsityWeight", s.sparsityWeight());
        o.addProperty("contractionWeight", s.contractionWeight());
        o.addProperty("weightDecay", s.weightDecay());
        o.addProperty("tiedWeights", s.tiedWeights());
        JsonObject c = new JsonObject();
        c.addProperty("type", s.corruption().type().name());
        c.addProperty("level", s.corruption().level());
        o.add("corruption", c);
        return o;
    }

    /** The parsed file: its format version first, so that a newer file is refused before anything else. */
    record Parsed(int formatVersion, JsonObject root) {
        CheckpointInfo info() {
            JsonObject s = root.getAsJsonObject("spec");
            List<Integer> hidden = new ArrayList<>();
            s.getAsJsonArray("hidden").forEach(h -> hidden.add(h.getAsInt()));
            JsonObject c = s.getAsJsonObject("corruption");
            ModelSpec spec = new ModelSpec(
                    ModelKind.fromCliName(s.get("kind").getAsString()),
                    s.get("latentDim").getAsInt(),
                    hidden,
                    s.get("imageSide").getAsInt(),
                    s.get("numClasses").getAsInt(),
                    ModelSpec.OutputActivation.valueOf(s.get("output").getAsString()),
                    ModelSpec.ReconstructionLoss.valueOf(s.get("reconstruction").getAsString()),
                    s.get("beta").getAsDouble(),
                    s.get("klWarmupEpochs").getAsInt(),
                    s.get("sparsityWeight").getAsDouble(),
                    s.get("contractionWeight").getAsDouble(),
                    s.get("weightDecay").getAsDouble(),
                    s.get("tiedWeights").getAsBoolean(),
                    new Corruption(Corruption.Type.valueOf(c.get("type").getAsString()), c.get("level").getAsDouble()));
            List<EpochMetrics> history = new ArrayList<>();
            for (JsonElement el : root.getAsJsonArray("history")) {
                JsonObject e = el.getAsJsonObject();
                history.add(new EpochMetrics(e.get("epoch").getAsInt(), doubles(e.getAsJsonObject("train")),
                        doubles(e.getAsJsonObject("validation")), e.get("learningRate").getAsDouble()));
            }
            return new CheckpointInfo(spec, root.get("dataset").getAsString(), root.get("seed").getAsLong(),
                    root.get("epoch").getAsInt(), root.get("batchSize").getAsInt(),
                    root.get("learningRate").getAsDouble(), history);
        }

        Map<String, String> sha256() {
            Map<String, String> out = new LinkedHashMap<>();
            root.getAsJsonObject("sha256").entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsString()));
            return out;
        }
    }

    private static Map<String, Double> doubles(JsonObject o) {
        Map<String, Double> out = new LinkedHashMap<>();
        o.entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsDouble()));
        return out;
    }

    static Parsed parse(String text) {
        JsonElement root = JsonParser.parseString(text);
        if (!root.isJsonObject() || !root.getAsJsonObject().has("formatVersion")) {
            throw new JsonParseException("no formatVersion");
        }
        return new Parsed(root.getAsJsonObject().get("formatVersion").getAsInt(), root.getAsJsonObject());
    }
}
