package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.train.ModelFactory;
import latentlab.train.TinyAutoencoder;
import latentlab.train.checkpoint.Checkpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep compression on the bundled digits, with a small test model standing in for the trained kinds. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    private static CliRunner.Result run(ModelFactory factory, String... args) {
        SweepCompressionCommand command = new SweepCompressionCommand();
        command.factory = factory;
        return CliRunner.execute(command, args);
    }

    @Test
    void everyModelAtEverySizeGetsAPointAndACheckpoint() throws Exception {
        Path out = tmp.resolve("sweep");
        CliRunner.Result r = run(TinyAutoencoder::new, "--sizes", "3,2", "--models", "ae,vae,pca", "--epochs", "1",
                "--batch", "256", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(4, r.out().lines().filter(l -> l.matches("(ae|vae)-[23] epoch 1/1  train: .*")).count(),
                "one epoch line per trained model, named: " + r.out());
        List<String> csv = Files.readAllLines(out.resolve("compression.csv"));
        assertEquals("model,code_size,epochs,compression_ratio,mse_per_pixel,bce_per_pixel", csv.get(0));
        assertEquals(List.of("ae,2,1", "ae,3,1", "vae,2,1", "vae,3,1", "pca,2,0", "pca,3,0"),
                csv.subList(1, csv.size()).stream().map(l -> String.join(",", List.of(l.split(",")).subList(0, 3)))
                        .toList(), "models in the order asked, sizes ascending");
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            double mse = Double.parseDouble(f[4]);
            double bce = Double.parseDouble(f[5]);
            assertTrue(mse > 0 && mse < 0.25 && bce > mse && bce < 1, line);
        }
        assertEquals(3, Checkpoints.load(out.resolve("vae-3")).info().spec().latentDim());
        assertEquals(1, Checkpoints.load(out.resolve("ae-2")).info().epoch());
        // The AE and the VAE differ in their objective and code size only: the same hidden layers.
        assertEquals(List.of(400), Checkpoints.load(out.resolve("ae-3")).info().spec().hidden());
        assertEquals(List.of(400), Checkpoints.load(out.resolve("vae-3")).info().spec().hidden());
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("compression.json"))).getAsJsonObject();
        assertEquals("mnist", json.get("dataset").getAsString());
        assertEquals(1000, json.get("validationImages").getAsInt());
        assertEquals(6, json.getAsJsonArray("points").size());
        assertEquals("[400]", json.getAsJsonArray("hidden").toString());
        assertTrue(r.out().contains("pca         3       0"), r.out());
    }

    @Test
    void badOptionsAndAFullFolderGetOneLineEach() throws Exception {
        String out = tmp.resolve("x").toString();
        CliRunner.Result r = run(TinyAutoencoder::new, "--sizes", "2,two", "--out", out);
        assertEquals(2, r.status());
        assertEquals("latentlab: code size 'two' is not a whole number (e.g. 2,4,8,16,32)", r.err().strip());
        r = run(TinyAutoencoder::new, "--models", "ae,gan", "--out", out);
        assertEquals(2, r.status());
        assertTrue(r.err().strip().startsWith("latentlab: unknown model 'gan'; choose one of: ae,"), r.err());
        r = run(TinyAutoencoder::new, "--hidden", "400,x", "--out", out);
        assertEquals(2, r.status());
        assertEquals("latentlab: --hidden must be whole numbers separated by commas, e.g. 128, 64, 12, got '400,x'",
                r.err().strip());
        r = run(TinyAutoencoder::new, "--epochs", "0", "--out", out);
        assertEquals("latentlab: epochs must be at least 1, got 0", r.err().strip());
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "keep");
        r = run(TinyAutoencoder::new, "--out", full.toString());
        assertEquals(2, r.status());
        assertEquals("latentlab: --out " + full + " already exists and is not empty; give a new or empty folder",
                r.err().strip());
        assertEquals("keep", Files.readString(full.resolve("notes.txt")));
    }
}
