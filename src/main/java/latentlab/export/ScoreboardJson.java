package latentlab.export;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import latentlab.latent.metrics.Score;
import latentlab.latent.metrics.ScoreboardResult;
import latentlab.latent.metrics.ScoreboardSettings;

/**
 * The scoreboard as JSON: what was compared and how it was sampled, then per model every figure
 * with its formula and meaning, so the file explains itself. A figure that does not apply has
 * value null and says why in its detail.
 */
public final class ScoreboardJson {
    public static final int FORMAT_VERSION = 1;

    /** One model's scores and what describes it (kind, checkpoint, epochs): strings, numbers and lists. */
    public record Entry(ScoreboardResult result, Map<String, Object> about) {
    }

    private ScoreboardJson() {
    }

    public static String toJson(Map<String, Object> about, ScoreboardSettings settings, List<Entry> models) {
        var gson = new GsonBuilder().setPrettyPrinting().serializeNulls().create();
        JsonObject root = new JsonObject();
        root.addProperty("formatVersion", FORMAT_VERSION);
        root.add("about", gson.toJsonTree(about));
        root.add("settings", gson.toJsonTree(settings));
        JsonArray list = new JsonArray();
        for (Entry e : models) {
            JsonObject m = new JsonObject();
            m.addProperty("name", e.result().model());
            m.add("about", gson.toJsonTree(e.about()));
            JsonArray scores = new JsonArray();
            e.result().scores().forEach(s -> scores.add(score(s)));
            m.add("scores", scores);
            list.add(m);
        }
        root.add("models", list);
        return gson.toJson(root) + "\n";
    }

    private static JsonElement score(Score s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.metric().id());
        o.addProperty("name", s.metric().name());
        if (s.applicable()) {
            o.addProperty("value", s.value());
        } else {
            o.add("value", JsonNull.INSTANCE);
        }
        o.addProperty("display", s.formatted());
        o.addProperty("higherIsBetter", s.metric().higherIsBetter());
        o.addProperty("detail", s.detail());
        o.addProperty("formula", s.metric().formula());
        o.addProperty("meaning", s.metric().meaning());
        return o;
    }
}
