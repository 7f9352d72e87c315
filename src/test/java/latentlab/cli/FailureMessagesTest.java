package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import latentlab.data.IdxFixtures;
import latentlab.train.checkpoint.CheckpointLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of the command line is one line that names the file or folder and says what is
 * wrong, with status 2, and leaves every file as it was.
 */
class FailureMessagesTest {
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    static Path good;

    @BeforeAll
    static void trainOne() {
        good = shared.resolve("good");
        CliRunner.Result r = CliRunner.run("train", "--model", "pca", "--epochs", "1", "--out", good.toString());
        assertEquals(0, r.status(), r.err());
    }

    /** A copy of the good checkpoint with model.json replaced by {@code json}. */
    private Path withModelJson(byte[] json) throws Exception {
        Path dir = tmp.resolve("ck");
        Files.createDirectories(dir);
        for (String f : List.of("params.bin", "optimizer.bin")) {
            Files.copy(good.resolve(f), dir.resolve(f));
        }
        Files.write(dir.resolve("model.json"), json);
        return dir;
    }

    private static String goodJson() throws Exception {
        return Files.readString(good.resolve("model.json"));
    }

    private static void assertRefused(Path dir, String expected, String... args) throws Exception {
        byte[] before = Files.exists(dir.resolve("model.json")) ? Files.readAllBytes(dir.resolve("model.json")) : null;
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertEquals(expected, r.err().strip());
        if (before != null) {
            assertTrue(Arrays.equals(before, Files.readAllBytes(dir.resolve("model.json"))), "model.json unchanged");
        }
    }

    private void assertEncodeRefused(Path dir, String expected) throws Exception {
        assertRefused(dir, expected, "encode", "--checkpoint", dir.toString(), "--out",
                tmp.resolve("codes.csv").toString());
        assertTrue(Files.notExists(tmp.resolve("codes.csv")));
    }

    @Test
    void aCutOffModelJson() throws Exception {
        String json = goodJson();
        Path dir = withModelJson(json.substring(0, json.length() / 2).getBytes());
        assertEncodeRefused(dir, "latentlab: checkpoint " + dir + ": model.json is cut off: it ends in the middle ("
                + json.substring(0, json.length() / 2).lines().count() + " lines); the file is incomplete");
    }

    @Test
    void aBinaryModelJson() throws Exception {
        Path dir = withModelJson(new byte[] {0x7b, (byte) 0xff, (byte) 0xfe, 0x00, 0x13});
        assertEncodeRefused(dir, "latentlab: checkpoint " + dir + ": model.json is not text (it holds bytes that are"
                + " not UTF-8); the file is damaged");
    }

    @Test
    void anEditedLatentSizeThatNoLongerFitsTheTensors() throws Exception {
        Path dir = withModelJson(goodJson().replace("\"latentDim\": 2", "\"latentDim\": 3").getBytes());
        CliRunner.Result r = CliRunner.run("encode", "--checkpoint", dir.toString(), "--out",
                tmp.resolve("codes.csv").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().strip().startsWith("latentlab: checkpoint " + dir + ": params.bin does not fit the model"
                + " model.json describes (parameter "), r.err());
        assertTrue(r.err().strip().endsWith("was model.json edited?"), r.err());
    }

    @Test
    void anAbsurdLatentSize() throws Exception {
        Path dir = withModelJson(goodJson().replace("\"latentDim\": 2", "\"latentDim\": 100000000").getBytes());
        assertEncodeRefused(dir, "latentlab: checkpoint " + dir + ": model.json field spec.latentDim must be a whole"
                + " number from 1 to 1024, but is 100000000");
    }

    @Test
    void aNegativeEpoch() throws Exception {
        Path dir = withModelJson(goodJson().replace("\"epoch\": 1,\n  \"batchSize\"", "\"epoch\": -7,\n  \"batchSize\"")
                .getBytes());
        assertEncodeRefused(dir, "latentlab: checkpoint " + dir + ": model.json field epoch must be a whole number"
                + " from 0 to 1000000, but is -7");
    }

    @Test
    void paramsReplacedByAFolder() throws Exception {
        Path dir = withModelJson(goodJson().getBytes());
        Files.delete(dir.resolve("params.bin"));
        Files.createDirectory(dir.resolve("params.bin"));
        assertEncodeRefused(dir, "latentlab: checkpoint " + dir + ": params.bin is a folder, where a file was"
                + " expected");
    }

    @Test
    void outputInsideARegularFileIsRefusedBeforeTraining() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertRefused(tmp, "latentlab: --out " + file.resolve("run") + ": " + file + " is a file, not a folder",
                "train", "--model", "ae", "--out", file.resolve("run").toString());
        assertRefused(tmp, "latentlab: --out " + file.resolve("c.csv") + ": " + file + " is a file, not a folder",
                "encode", "--checkpoint", good.toString(), "--out", file.resolve("c.csv").toString());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aConvolutionalModelOnImagesItCannotHalve() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("side27"));
        int n = 40;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4;
        }
        Files.write(data.resolve("train-images-idx3-ubyte"), IdxFixtures.images(n, 27));
        Files.write(data.resolve("train-labels-idx1-ubyte"), IdxFixtures.labels(labels));
        assertRefused(tmp, "latentlab: conv-ae halves the image side 2 times, so it needs a side divisible by 4;"
                + " these images are 27x27", "train", "--model", "conv-ae", "--dataset", data.toString(), "--out",
                tmp.resolve("run").toString());
        assertTrue(Files.notExists(tmp.resolve("run")));
    }

    @Test
    void aSecondWriterIsToldWhichProcessHoldsTheFolder() throws Exception {
        Path out = tmp.resolve("busy");
        try (CheckpointLock held = CheckpointLock.acquire(out)) {
            CliRunner.Result r = CliRunner.run("train", "--model", "pca", "--epochs", "1", "--out", out.toString());
            assertEquals(2, r.status(), r.err());
            assertEquals("latentlab: " + out + " is being written by another training run in this program; wait for"
                    + " it to finish or choose another folder", r.err().strip());
        }
        assertTrue(Files.notExists(out));
    }

    @Test
    void unknownWordsGetOneLine() {
        CliRunner.Result r = CliRunner.run("trian");
        assertEquals(2, r.status());
        assertEquals("latentlab: unknown command 'trian'; did you mean 'train'? the commands are data, info, train,"
                + " encode, compare, classifier, evaluate, sweep, bench (latentlab --help)", r.err().strip());
        r = CliRunner.run("frobnicate");
        assertEquals("latentlab: unknown command 'frobnicate'; the commands are data, info, train, encode, compare,"
                + " classifier, evaluate, sweep, bench (latentlab --help)", r.err().strip());
        r = CliRunner.run("train", "--model", "foo", "--out", "x");
        assertEquals(2, r.status());
        assertEquals("latentlab: unknown model 'foo'; choose one of: ae, conv-ae, dae, sparse-ae, cae, vae, conv-vae,"
                + " cvae, pca", r.err().strip());
    }

    @Test
    void progressSaysWhatATeacherWouldSay() {
        Path out = tmp.resolve("p");
        CliRunner.Result r = CliRunner.run("train", "--model", "pca", "--epochs", "1", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Training pca on CPU") || r.out().startsWith("Training pca on GPU"), r.out());
        assertTrue(r.out().contains("Done: 1 epoch; checkpoint in " + out), r.out());
        assertTrue(!r.out().contains("weight_decay"), "a switched-off penalty is not shown: " + r.out());
        assertEquals("", r.err(), "nothing on stderr, not even the engine's own warnings");
    }
}
