package latentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.latent.metrics.Metric;
import latentlab.latent.metrics.Score;
import latentlab.latent.metrics.ScoreboardResult;
import latentlab.latent.metrics.ScoreboardSettings;
import org.junit.jupiter.api.Test;

/** The scoreboard as JSON and CSV. */
class ScoreboardFilesTest {
    private static final Metric KL = new Metric("kl", "KL to the prior", "1/2 sum (mu^2 + s^2 - ln s^2 - 1)",
            "how far, in nats", false);
    private static final Metric KNN = new Metric("knn", "kNN accuracy, k = 5", "fraction right", "separation",
            true);
    private static final List<ScoreboardResult> RESULTS = List.of(
            new ScoreboardResult("AE", List.of(Score.notApplicable(KL, "no prior"), Score.of(KNN, 0.75, "1000"))),
            new ScoreboardResult("VAE", List.of(Score.of(KL, 5.5, "1000 images"), Score.of(KNN, 0.8125, "1000"))));

    @Test
    void csvHasARowPerMetricAndAColumnPerModel() {
        List<String> lines = ScoreboardCsv.toCsv(RESULTS).lines().toList();
        assertEquals("metric,name,AE,VAE,better,formula,meaning", lines.get(0));
        assertEquals("kl,KL to the prior,n/a,5.5,lower,1/2 sum (mu^2 + s^2 - ln s^2 - 1),\"how far, in nats\"",
                lines.get(1));
        assertEquals("knn,\"kNN accuracy, k = 5\",0.75,0.8125,higher,fraction right,separation", lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void jsonCarriesEveryFigureWithItsFormulaAndMeaning() {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("dataset", "mnist");
        about.put("latentDim", 2);
        JsonObject root = JsonParser.parseString(ScoreboardJson.toJson(about, ScoreboardSettings.defaults(),
                List.of(new ScoreboardJson.Entry(RESULTS.get(0), Map.of("kind", "ae")),
                        new ScoreboardJson.Entry(RESULTS.get(1), Map.of("kind", "vae"))))).getAsJsonObject();
        assertEquals(2, root.getAsJsonObject("about").get("latentDim").getAsInt());
        assertEquals(5, root.getAsJsonObject("settings").get("knnK").getAsInt());
        JsonArray models = root.getAsJsonArray("models");
        JsonObject aeKl = models.get(0).getAsJsonObject().getAsJsonArray("scores").get(0).getAsJsonObject();
        assertTrue(aeKl.get("value").isJsonNull());
        assertEquals("n/a", aeKl.get("display").getAsString());
        assertEquals("no prior", aeKl.get("detail").getAsString());
        JsonObject vaeKl = models.get(1).getAsJsonObject().getAsJsonArray("scores").get(0).getAsJsonObject();
        assertEquals(5.5, vaeKl.get("value").getAsDouble());
        assertEquals("1/2 sum (mu^2 + s^2 - ln s^2 - 1)", vaeKl.get("formula").getAsString());
        assertEquals("how far, in nats", vaeKl.get("meaning").getAsString());
        assertEquals("vae", models.get(1).getAsJsonObject().getAsJsonObject("about").get("kind").getAsString());
    }
}
