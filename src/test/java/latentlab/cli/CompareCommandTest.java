package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** latentlab compare on two small models trained for one epoch on the bundled digits. */
class CompareCommandTest {
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    static Path ae;
    static Path vae;

    @BeforeAll
    static void trainBoth() {
        ae = train("ae", "2", "ae");
        vae = train("vae", "2", "vae");
    }

    private static Path train(String kind, String latent, String name) {
        Path out = shared.resolve(name);
        CliRunner.Result r = CliRunner.run("train", "--model", kind, "--latent", latent, "--hidden", "32", "--epochs",
                "1", "--batch", "256", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        return out;
    }

    @Test
    void writesTheScoreboardAsJsonAndCsvAndTheTraversalAsAGif() throws Exception {
        Path json = tmp.resolve("report.json");
        Path csv = tmp.resolve("scoreboard.csv");
        Path gif = tmp.resolve("traversal.gif");
        CliRunner.Result r = CliRunner.run("compare", "--ae", ae.toString(), "--vae", vae.toString(), "--out",
                json.toString(), "--csv", csv.toString(), "--gif", gif.toString(), "--pairs", "20");
        assertEquals(0, r.status(), r.err());

        JsonObject report = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals("mnist", report.getAsJsonObject("about").get("dataset").getAsString());
        assertEquals(20, report.getAsJsonObject("settings").get("pairs").getAsInt());
        JsonArray models = report.getAsJsonArray("models");
        assertEquals(List.of("AE", "VAE"), List.of(models.get(0).getAsJsonObject().get("name").getAsString(),
                models.get(1).getAsJsonObject().get("name").getAsString()));
        JsonArray aeScores = models.get(0).getAsJsonObject().getAsJsonArray("scores");
        JsonArray vaeScores = models.get(1).getAsJsonObject().getAsJsonArray("scores");
        assertEquals("[32]", models.get(0).getAsJsonObject().getAsJsonObject("about").get("hidden").toString(),
                "train --hidden 32 set the layers");
        assertEquals(11, aeScores.size());
        assertEquals("kl_to_prior", aeScores.get(2).getAsJsonObject().get("id").getAsString());
        assertTrue(aeScores.get(2).getAsJsonObject().get("value").isJsonNull(), "an AE has no KL to a prior");
        assertTrue(vaeScores.get(2).getAsJsonObject().get("value").getAsDouble() > 0);
        for (int i = 0; i < 11; i++) {
            JsonObject s = vaeScores.get(i).getAsJsonObject();
            assertTrue(s.get("value").isJsonPrimitive(), s.toString());
            assertTrue(s.get("formula").getAsString().length() > 10 && s.get("meaning").getAsString().length() > 10);
        }

        List<String> rows = Files.readAllLines(csv);
        assertEquals(12, rows.size());
        assertTrue(rows.get(0).startsWith("metric,name,AE,VAE,better"), rows.get(0));
        assertTrue(rows.get(3).startsWith("kl_to_prior,KL to the prior,n/a,"), rows.get(3));

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(2 * TraversalGif.STEPS, reader.getNumImages(true));
            assertEquals(8 + 2 * (28 * TraversalGif.SCALE + 8), reader.read(0).getWidth());
        }

        assertTrue(r.out().contains("Step equality (1 - Gini)"), r.out());
        assertTrue(r.err().contains("AE: 100% done") && r.err().contains("VAE: 100% done"), r.err());
    }

    @Test
    void refusesModelsThatCannotBeCompared() throws Exception {
        Path out = tmp.resolve("report.json");
        assertRefused("latentlab: --ae " + vae + " holds a model of kind 'vae', which has a prior; --ae takes one"
                + " without (ae, conv-ae, dae, sparse-ae, cae or pca)", "--ae", vae.toString(), "--vae", vae.toString(), "--out",
                out.toString());
        assertRefused("latentlab: --vae " + ae + " holds a model of kind 'ae'; --vae takes a variational model that"
                + " decodes a code alone (vae or conv-vae)", "--ae", ae.toString(), "--vae", ae.toString(), "--out", out.toString());
        Path wide = train("ae", "3", "ae3");
        assertRefused("latentlab: the two models have different latent sizes (--ae: 3, --vae: 2); compare models of"
                + " one latent size", "--ae", wide.toString(), "--vae", vae.toString(), "--out", out.toString());
        Path missing = tmp.resolve("nothing");
        CliRunner.Result r = CliRunner.run("compare", "--ae", missing.toString(), "--vae", vae.toString(), "--out",
                out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().strip().startsWith("latentlab: --ae: ") && r.err().contains(missing.toString()), r.err());
        assertTrue(Files.notExists(out), "nothing written");
    }

    private static void assertRefused(String expected, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "compare";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRunner.Result r = CliRunner.run(all);
        assertEquals(2, r.status(), r.err());
        assertEquals(expected, r.err().strip());
    }
}
