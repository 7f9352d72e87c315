package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.data.Corruption;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.train.ModelFactory;
import latentlab.train.TinyAutoencoder;
import latentlab.train.checkpoint.Checkpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, encode and bench train on the bundled digits, with a small test model standing in for the family. */
class TrainingCommandsTest {
    @TempDir
    Path tmp;

    static final ModelFactory TINY = TinyAutoencoder::new;

    static CliRunner.Result run(ModelFactory factory, String... args) {
        Object command = switch (args[0]) {
            case "train" -> withFactory(new TrainCommand(), factory);
            case "encode" -> withFactory(new EncodeCommand(), factory);
            default -> withFactory(new BenchTrainCommand(), factory);
        };
        return CliRunner.execute(command, java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    private static Object withFactory(Object c, ModelFactory f) {
        if (c instanceof TrainCommand t) {
            t.factory = f;
        } else if (c instanceof EncodeCommand e) {
            e.factory = f;
        } else if (c instanceof BenchTrainCommand b) {
            b.factory = f;
        }
        return c;
    }

    @Test
    void trainPrintsEveryEpochWritesCheckpointsAndResumes() throws Exception {
        Path out = tmp.resolve("run");
        CliRunner.Result r = run(TINY, "train", "--model", "ae", "--latent", "2", "--epochs", "2",
                "--batch", "256", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> epochLines = r.out().lines().filter(l -> l.startsWith("epoch ") && l.contains("validation:"))
                .toList();
        assertEquals(2, epochLines.size(), r.out());
        assertTrue(epochLines.get(0).matches("epoch 1/2  train: total [\\d.e+-]+, reconstruction [\\d.e+-]+"
                + "  validation: total [\\d.e+-]+, reconstruction [\\d.e+-]+"), epochLines.get(0));
        assertEquals(2, Checkpoints.load(out).info().epoch());

        CliRunner.Result again = run(TINY, "train", "--model", "ae", "--latent", "2", "--epochs", "3",
                "--out", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already holds a checkpoint; add --resume"), again.err());

        CliRunner.Result resumed = run(TINY, "train", "--model", "ae", "--latent", "2", "--epochs", "3",
                "--out", out.toString(), "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("epoch 3/3  train:"), resumed.out());
        assertEquals(3, Checkpoints.load(out).info().epoch());
        assertEquals(3, Checkpoints.load(out).info().history().size());

        CliRunner.Result other = run(TINY, "train", "--model", "ae", "--latent", "3", "--epochs", "4",
                "--out", out.toString(), "--resume");
        assertEquals(2, other.status());
        assertEquals("latentlab: checkpoint " + out + " was saved for ae latent 2 but ae latent 3 was asked",
                other.err().strip());

        Path csv = tmp.resolve("codes.csv");
        CliRunner.Result enc = run(TINY, "encode", "--checkpoint", out.toString(), "--out", csv.toString());
        assertEquals(0, enc.status(), enc.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("split,index,label,z1,z2", lines.get(0));
        assertEquals(10_001, lines.size());
        assertTrue(lines.get(1).matches("train,0,\\d,[-\\d.E]+,[-\\d.E]+"), lines.get(1));
    }

    @Test
    void badInputGetsOneClearLineAndStatusTwo() {
        String out = tmp.resolve("x").toString();
        CliRunner.Result r = run(TINY, "train", "--model", "gan", "--latent", "2", "--epochs", "1", "--out", out);
        assertEquals(2, r.status());
        assertEquals("latentlab: unknown model 'gan'; choose one of: ae, conv-ae, dae, sparse-ae, cae, vae, "
                + "conv-vae, cvae, pca", r.err().strip());
        r = run(TINY, "train", "--model", "ae", "--latent", "2", "--epochs", "1", "--dataset", "nowhere",
                "--out", out);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("latentlab: No data source called 'nowhere'"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        r = run(TINY, "train", "--model", "ae", "--latent", "0", "--epochs", "1", "--out", out);
        assertEquals(2, r.status());
        assertEquals("latentlab: --latent must be from 1 to 1,024, got 0", r.err().strip());
        r = run(TINY, "train", "--model", "ae", "--latent", "2", "--epochs", "1", "--resume", "--out", out);
        assertEquals(2, r.status());
        assertEquals("latentlab: --resume: there is no checkpoint in " + out + " to continue", r.err().strip());
        r = run(TINY, "train", "--model", "pca", "--hidden", "400", "--epochs", "1", "--out", out);
        assertEquals(2, r.status());
        assertEquals("latentlab: --hidden is not a setting of pca; it applies to ae, dae, sparse-ae, cae, vae, cvae",
                r.err().strip());
        r = run(TINY, "train", "--model", "ae", "--hidden", "400,0", "--epochs", "1", "--out", out);
        assertEquals(2, r.status());
        assertEquals("latentlab: --hidden must be at most 8 whole numbers, each from 1 to 8,192, got [400, 0]",
                r.err().strip());
    }

    @Test
    void aFolderOfOtherFilesIsRefusedAsOutputAndKept() throws Exception {
        Path notes = java.nio.file.Files.createDirectories(tmp.resolve("notes"));
        java.nio.file.Files.writeString(notes.resolve("todo.txt"), "keep me");
        CliRunner.Result r = run(TINY, "train", "--model", "ae", "--latent", "2", "--epochs", "1", "--out",
                notes.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("is not a LatentLab checkpoint"), r.err());
        assertEquals("keep me", java.nio.file.Files.readString(notes.resolve("todo.txt")));
    }

    /** Small models whose loss turns to NaN from training step {@code step} on. */
    private static ModelFactory nanFromStep(long step) {
        return (spec, m, seed) -> {
            TinyAutoencoder t = new TinyAutoencoder(spec, m, seed);
            t.nanFromStep = step;
            return t;
        };
    }

    @Test
    void divergenceExitsWithStatusThreeAndSaysWhere() {
        ModelFactory nan = nanFromStep(40);
        Path out = tmp.resolve("run");
        CliRunner.Result r = run(nan, "train", "--model", "ae", "--latent", "2", "--epochs", "3",
                "--batch", "256", "--lr", "0.002", "--out", out.toString());
        assertEquals(3, r.status(), r.err());
        assertEquals("latentlab: training diverged at epoch 2 (learning rate 0.002): the loss became NaN; the"
                + " checkpoint of epoch 1 is kept in " + out + "; try a smaller --lr", r.err().strip());
    }

    @Test
    void divergenceBeforeAnyEpochSaysThatNothingWasSaved() {
        ModelFactory nan = nanFromStep(3);
        Path out = tmp.resolve("run");
        CliRunner.Result r = run(nan, "train", "--model", "ae", "--epochs", "3", "--batch", "256", "--out",
                out.toString());
        assertEquals(3, r.status(), r.err());
        assertEquals("latentlab: training diverged at epoch 1 (learning rate 0.001): the loss became NaN; no epoch"
                + " finished, so nothing was saved in " + out + "; try a smaller --lr", r.err().strip());
        assertFalse(java.nio.file.Files.exists(out), "no folder is left behind");
    }

    @Test
    void benchPrintsThroughputAndMemoryAsJson() {
        CliRunner.Result r = run(TINY, "bench", "--model", "ae", "--latent", "2", "--epochs", "2",
                "--dataset", "random", "--json");
        assertEquals(0, r.status(), r.err());
        JsonObject o = JsonParser.parseString(r.out().strip()).getAsJsonObject();
        assertTrue(o.get("samplesPerSecond").getAsDouble() > 0, r.out());
        assertEquals(2, o.getAsJsonArray("rssMiB").size(), r.out());
        assertTrue(o.get("peakRssMiB").getAsDouble() > 0, r.out());
    }

    @Test
    void everySettingOfTheKindHasItsOptionAndOthersAreRefused() throws Exception {
        Path out = tmp.resolve("dae");
        CliRunner.Result r = run(TINY, "train", "--model", "dae", "--hidden", "32,16", "--noise", "masking",
                "--noise-level", "0.5", "--tied-weights", "--reconstruction", "bce", "--epochs", "1", "--out",
                out.toString());
        assertEquals(0, r.status(), r.err());
        ModelSpec saved = Checkpoints.load(out).info().spec();
        assertEquals(List.of(32, 16), saved.get(Settings.HIDDEN));
        assertEquals(Corruption.Type.MASKING, saved.get(Settings.NOISE));
        assertEquals(0.5, saved.get(Settings.NOISE_LEVEL));
        assertEquals(true, saved.get(Settings.TIED_WEIGHTS));
        assertEquals(ModelSpec.ReconstructionLoss.BCE, saved.get(Settings.RECONSTRUCTION));

        String other = tmp.resolve("other").toString();
        r = run(TINY, "train", "--model", "ae", "--beta", "4", "--epochs", "1", "--out", other);
        assertEquals(2, r.status());
        assertEquals("latentlab: --beta is not a setting of ae; it applies to vae, conv-vae, cvae", r.err().strip());
        r = run(TINY, "train", "--model", "dae", "--noise-level", "2", "--epochs", "1", "--out", other);
        assertEquals("latentlab: --noise-level must be from 0 to 1, got 2", r.err().strip());
        r = run(TINY, "train", "--model", "dae", "--noise", "loud", "--epochs", "1", "--out", other);
        assertEquals("latentlab: --noise must be one of none, gaussian, salt-and-pepper, masking, got 'loud'",
                r.err().strip());
        r = run(TINY, "train", "--model", "conv-ae", "--channels", "8,x", "--epochs", "1", "--out", other);
        assertEquals("latentlab: --channels must be whole numbers separated by commas, e.g. 128, 64, 12, got '8,x'",
                r.err().strip());
        assertFalse(Files.exists(Path.of(other)), "nothing is written for a refused run");

        r = run(TINY, "train", "--help");
        assertTrue(r.out().contains("--kl-warmup=N"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("(vae, conv-vae, cvae; default 1)")), r.out());
    }

    @Test
    void theRootCommandTrainsAndEncodesARealVae() throws Exception {
        Path out = tmp.resolve("vae");
        CliRunner.Result r = CliRunner.run("train", "--model", "vae", "--latent", "2", "--epochs", "1",
                "--batch", "256", "--beta", "2", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("epoch 1/1  train: total")
                && l.contains("kl ") && l.contains("validation: total")), r.out());
        assertEquals(2.0, Checkpoints.load(out).info().spec().get(Settings.BETA));
        Path csv = tmp.resolve("vae.csv");
        CliRunner.Result enc = CliRunner.run("encode", "--checkpoint", out.toString(), "--split", "validation",
                "--out", csv.toString());
        assertEquals(0, enc.status(), enc.err());
        assertEquals(1001, Files.readAllLines(csv).size());
    }
}
