package latentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;
import latentlab.model.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionFilesTest {
    @TempDir
    Path tmp;

    @Test
    void theFilesHoldOneRowPerPointAndTheExplanations() throws Exception {
        CompressionSweep sweep = new CompressionSweep(List.of(ModelKind.AE, ModelKind.PCA), List.of(2, 4), 5, "mnist",
                1, CompressionSweep.COURSE_HIDDEN);
        CompressionResult result = new CompressionResult(sweep, 1000, List.of(
                new CompressionPoint(ModelKind.AE, 2, 5, 784, 0.05, 0.2),
                new CompressionPoint(ModelKind.PCA, 2, 0, 784, 0.06, 0.25)));
        CompressionFiles.write(result, tmp.resolve("out"));
        List<String> csv = Files.readAllLines(tmp.resolve("out").resolve(CompressionFiles.CSV));
        assertEquals(List.of("model,code_size,epochs,compression_ratio,mse_per_pixel,bce_per_pixel",
                "ae,2,5,392.0000,0.05,0.2", "pca,2,0,392.0000,0.06,0.25"), csv);
        String text = Files.readString(tmp.resolve("out").resolve(CompressionFiles.JSON));
        assertTrue(text.contains("\"formula\": \"numbers per code d; compression ratio = pixels / d"),
                "readable: " + text);
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        assertEquals(2, json.getAsJsonArray("points").size());
        assertEquals(0.25, json.getAsJsonArray("points").get(1).getAsJsonObject().get("bcePerPixel").getAsDouble());
        assertEquals("per-pixel BCE", json.getAsJsonArray("explanations").get(2).getAsJsonObject().get("name")
                .getAsString());
        assertEquals(List.of("compression.csv", "compression.json"),
                Files.list(tmp.resolve("out")).map(f -> f.getFileName().toString()).sorted().toList(),
                "no temporary file is left behind");
        assertEquals(1, result.line(ModelKind.PCA).size());
        assertTrue(result.point(ModelKind.AE, 4).isEmpty());
    }
}
