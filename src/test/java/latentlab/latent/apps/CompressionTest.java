package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionTest {
    @TempDir
    Path tmp;

    @Test
    void theTrainedKindsLeavePcaOutAndEachModelHasAName() {
        assertEquals(List.of(ModelKind.AE, ModelKind.VAE),
                new CompressionSweep(CompressionSweep.COURSE_KINDS, List.of(2), 1, "mnist", 1).trainedKinds());
        assertEquals("vae-8", CompressionSweep.modelName(ModelKind.VAE, 8));
        assertEquals("code sizes must be positive and ascending, got [4, 2]", assertThrows(
                IllegalArgumentException.class, () -> new CompressionSweep(List.of(ModelKind.AE), List.of(4, 2), 1,
                        "mnist", 1)).getMessage());
    }

    @Test
    void aPointIsTheMeanErrorOverTheValidationImages() {
        float[] px = new float[2 * 16];
        Arrays.fill(px, 16, 32, 1f);
        Dataset validation = new Dataset("two", px, new int[2], 4, 4, List.of("one"));
        CompressionPoint p = CompressionPoint.measure(ModelKind.AE, 3, new ScalingCodec(0.5f), validation);
        // A black image is kept exactly; a white one becomes grey: (0 + 0.25) / 2 and (0 + ln 2) / 2.
        assertEquals(0.125, p.mse(), 1e-7);
        assertEquals(Math.log(2) / 2, p.bce(), 1e-6);
        assertEquals(16, p.codeSize());
        assertEquals(1.0, p.compressionRatio());
    }

    @Test
    void moreComponentsReconstructBetter() {
        Random r = new Random(2);
        float[] px = new float[300 * 16];
        for (int i = 0; i < px.length; i++) {
            px[i] = r.nextFloat();
        }
        Dataset all = new Dataset("noise", px, new int[300], 4, 4, List.of("one"));
        DataSplit data = new DataSplit("noise", all.subset("noise/train", range(0, 250)),
                all.subset("noise/validation", range(250, 300)));
        double previous = Double.POSITIVE_INFINITY;
        for (int k : new int[] {1, 4, 8, 16}) {
            CompressionPoint p = CompressionPoint.pca(data, k);
            assertEquals(0, p.epochs());
            assertTrue(p.mse() < previous, k + " components: " + p.mse() + " after " + previous);
            previous = p.mse();
        }
        assertEquals(0, previous, 1e-6, "16 components of 16 pixels keep everything");
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    @Test
    void theFilesHoldOneRowPerPointAndTheExplanations() throws Exception {
        CompressionSweep sweep = new CompressionSweep(List.of(ModelKind.AE, ModelKind.PCA), List.of(2, 4), 5, "mnist",
                1);
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
