package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.data.DataSources;
import latentlab.data.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate anomaly and semi-supervised on small test models trained one epoch on the bundled digits. */
class EvaluateCommandTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    static Path ones;
    static Path all;

    @BeforeAll
    static void train() {
        ones = shared.resolve("ones");
        all = shared.resolve("all");
        // The ones take 100 small steps, enough to learn what a one looks like; the rest one epoch.
        for (String[] run : List.of(new String[] {"mnist:1", ones.toString(), "4", "32"},
                new String[] {"mnist", all.toString(), "1", "256"})) {
            CliRunner.Result r = TrainingCommandsTest.run(TrainingCommandsTest.TINY, "train", "--model", "ae",
                    "--latent", "3", "--epochs", run[2], "--batch", run[3], "--dataset", run[0], "--out", run[1]);
            assertEquals(0, r.status(), r.err());
        }
    }

    private static CliRunner.Result run(CheckpointCommand command, String... args) {
        command.factory = TrainingCommandsTest.TINY;
        return CliRunner.execute(command, args);
    }

    @Test
    void aModelOfOnesScoresTheOtherDigitsAsAnomalies() throws Exception {
        Path json = tmp.resolve("anomaly.json");
        CliRunner.Result r = run(new EvaluateAnomalyCommand(), "--checkpoint", ones.toString(), "--worst", "3",
                "--out", json.toString());
        assertEquals(0, r.status(), r.err());
        Dataset validation = DataSources.open("mnist").validation();
        int normal = validation.classCounts()[1];
        List<String> lines = r.out().lines().toList();
        assertEquals(String.format("ae latent 3 trained on mnist:1; class '1' normal; 1,000 validation images (%d"
                + " normal, %d anomalous)", normal, 1000 - normal), lines.get(0));
        assertTrue(lines.get(1).matches("per-pixel MSE: ROC AUC 0\\.\\d{4}; mean 0\\.\\d{5}; histogram of \\d+ bins"
                + " \\(Freedman-Diaconis\\)"), lines.get(1));
        assertTrue(lines.get(2).startsWith("per-pixel BCE: ROC AUC "), lines.get(2));
        assertTrue(lines.get(3).matches("worst by per-pixel MSE:( #\\d+ \\(\\d\\) 0\\.\\d{4}){3}"), lines.get(3));
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        JsonObject mse = o.getAsJsonObject("mse");
        double auc = mse.get("rocAuc").getAsDouble();
        assertTrue(auc > 0.5, "ones are the easiest digit to reconstruct: " + auc);
        assertEquals(normal, mse.get("normalSamples").getAsInt());
        assertEquals(3, mse.getAsJsonArray("worst").size());
        assertEquals(1000, mse.getAsJsonObject("histogram").getAsJsonArray("counts").asList().stream()
                .mapToInt(e -> e.getAsInt()).sum());
        assertEquals(4, mse.getAsJsonArray("explanations").size());
    }

    @Test
    void aModelOfEveryClassNeedsToBeToldWhichIsNormal() {
        CliRunner.Result r = run(new EvaluateAnomalyCommand(), "--checkpoint", all.toString());
        assertEquals(2, r.status());
        assertEquals("latentlab: the model was trained on mnist, every class; say which class is normal with"
                + " --normal-class C", r.err().strip());
        r = run(new EvaluateAnomalyCommand(), "--checkpoint", all.toString(), "--normal-class", "12");
        assertEquals("latentlab: --normal-class must be from 0 to 9, got 12", r.err().strip());
        r = run(new EvaluateAnomalyCommand(), "--checkpoint", all.toString(), "--normal-class", "7");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void theSemiSupervisedTableHasARowPerLabelledCount() throws Exception {
        Path json = tmp.resolve("semi.json");
        CliRunner.Result r = run(new EvaluateSemiSupervisedCommand(), "--checkpoint", all.toString(), "--labelled",
                "100,10", "--out", json.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Validation accuracy (1,000 images of mnist) of a linear classifier on ae latent 3:", lines.get(0));
        assertEquals(" labelled   model codes   raw pixels   PCA codes (3)", lines.get(1));
        assertTrue(lines.get(2).matches(" {7}10( +0\\.\\d{4}){3}"), lines.get(2));
        assertTrue(lines.get(3).matches(" {6}100( +0\\.\\d{4}){3}"), lines.get(3));
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals(6, o.getAsJsonArray("rows").size());
        double pixels100 = o.getAsJsonArray("rows").get(4).getAsJsonObject().get("accuracy").getAsDouble();
        assertTrue(pixels100 > 0.6, "100 labelled digits as raw pixels: " + pixels100);
        r = run(new EvaluateSemiSupervisedCommand(), "--checkpoint", all.toString(), "--labelled", "10,ten");
        assertEquals("latentlab: --labelled count 'ten' is not a whole number (e.g. 10,100,1000)", r.err().strip());
    }
}
