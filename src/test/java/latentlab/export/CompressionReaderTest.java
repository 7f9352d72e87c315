package latentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;
import latentlab.model.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionReaderTest {
    @TempDir
    Path tmp;

    private static CompressionResult result() {
        CompressionSweep sweep = new CompressionSweep(List.of(ModelKind.VAE, ModelKind.PCA), List.of(2, 8), 4, "mnist",
                7, List.of(256, 64));
        return new CompressionResult(sweep, 1000, List.of(new CompressionPoint(ModelKind.VAE, 2, 4, 784, 0.051, 0.19),
                new CompressionPoint(ModelKind.VAE, 8, 3, 784, 0.032, 0.125),
                new CompressionPoint(ModelKind.PCA, 2, 0, 784, 0.0557, 0.2101),
                new CompressionPoint(ModelKind.PCA, 8, 0, 784, 0.0371, 0.1502)));
    }

    private String refusal(String json) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "sweep");
        Files.writeString(dir.resolve(CompressionFiles.JSON), json);
        return assertThrows(IOException.class, () -> CompressionReader.read(dir)).getMessage()
                .replace(dir.resolve(CompressionFiles.JSON).toString(), "FILE");
    }

    @Test
    void whatTheSweepWritesReadsBackTheSame() throws IOException {
        CompressionFiles.write(result(), tmp);
        assertEquals(result(), CompressionReader.read(tmp));
    }

    @Test
    void aSweepWrittenBeforeItsHiddenLayersWereRecordedReadsAsEachKindsPreset() throws IOException {
        var json = com.google.gson.JsonParser.parseString(CompressionFiles.json(result())).getAsJsonObject();
        json.remove("hidden");
        Files.writeString(tmp.resolve(CompressionFiles.JSON), json.toString());
        CompressionSweep read = CompressionReader.read(tmp).sweep();
        assertEquals(List.of(), read.hidden());
        assertEquals("each kind's preset hidden layers", read.hiddenInWords());
        assertEquals(List.of(400), read.spec(ModelKind.VAE, 8).hidden(), "the VAE's preset");
    }

    @Test
    void eachDamageIsOneSentenceNamingTheFile() throws IOException {
        assertEquals(tmp + " holds no compression.json: open a folder written by a sweep (latentlab sweep compression"
                + " --out DIR, or Run sweep)", assertThrows(IOException.class, () -> CompressionReader.read(tmp))
                        .getMessage());
        assertEquals("FILE is damaged: it has no 'points'", refusal("{\"dataset\":\"mnist\",\"seed\":1,\"epochs\":1,"
                + "\"models\":[\"pca\"],\"codeSizes\":[2],\"validationImages\":10}"));
        assertEquals("FILE is damaged: it names an unknown model 'gan'", refusal(
                "{\"dataset\":\"mnist\",\"seed\":1,\"epochs\":1,\"models\":[\"gan\"],\"codeSizes\":[2]}"));
        assertEquals("FILE is damaged: code sizes must be positive and ascending, got [8, 2]",
                refusal("{\"dataset\":\"mnist\",\"seed\":1,\"epochs\":1,\"models\":[\"pca\"],\"codeSizes\":[8,2]}"));
        assertEquals("FILE is damaged: it has a point of ae-2, a model the sweep does not list",
                refusal("{\"dataset\":\"mnist\",\"seed\":1,\"epochs\":1,\"models\":[\"pca\"],\"codeSizes\":[2],"
                        + "\"validationImages\":10,\"points\":[{\"model\":\"ae\",\"codeSize\":2,"
                        + "\"epochs\":1,\"compressionRatio\":392,\"msePerPixel\":0.05,\"bcePerPixel\":0.2}]}"));
        String truncated = refusal("{\"dataset\": \"mnist\", \"points\": [");
        assertEquals(true, truncated.startsWith("FILE is damaged: it is not the JSON a sweep writes ("), truncated);
        assertEquals(true, refusal("[1, 2]").startsWith("FILE is damaged: it is not the JSON a sweep writes ("));
    }
}
