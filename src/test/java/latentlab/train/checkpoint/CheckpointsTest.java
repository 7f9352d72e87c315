package latentlab.train.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import latentlab.model.Settings;
import latentlab.data.Corruption;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.Tensor;
import latentlab.model.testing.OtherValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {
    @TempDir
    Path tmp;

    static Checkpoint sample(ModelSpec spec, int epoch, long seed) {
        Random r = new Random(seed);
        Map<String, Tensor> p = new LinkedHashMap<>();
        Map<String, Tensor> m = new LinkedHashMap<>();
        Map<String, Tensor> v = new LinkedHashMap<>();
        Map<String, Long> steps = new LinkedHashMap<>();
        for (String name : List.of("enc.weight", "enc.bias")) {
            long[] shape = name.endsWith("weight") ? new long[] {spec.inputSize(), spec.latentDim()}
                    : new long[] {spec.latentDim()};
            int n = (int) (shape.length == 2 ? shape[0] * shape[1] : shape[0]);
            p.put(name, new Tensor(shape, random(r, n)));
            m.put(name, new Tensor(shape, random(r, n)));
            v.put(name, new Tensor(shape, random(r, n)));
            steps.put(name, 100L * epoch);
        }
        List<EpochMetrics> history = new ArrayList<>();
        for (int e = 1; e <= epoch; e++) {
            history.add(new EpochMetrics(e, Map.of("total", 10.0 / e, "reconstruction", 9.0 / e),
                    Map.of("total", 11.0 / e, "reconstruction", 10.0 / e), 1e-3));
        }
        return new Checkpoint(new CheckpointInfo(spec, "mnist", 42, epoch, 128, 1e-3, history),
                new ParamSnapshot(p), new OptimizerState(0.9, 0.999, 1e-8, steps, m, v));
    }

    private static float[] random(Random r, int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) r.nextGaussian();
        }
        return f;
    }

    static final ModelSpec VAE20 = ModelSpec.defaults(ModelKind.VAE, 20);

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("thesis"));
        java.nio.file.Files.writeString(dir.resolve("chapter1.tex"), "precious");
        CheckpointException e = org.junit.jupiter.api.Assertions.assertThrows(CheckpointException.class,
                () -> Checkpoints.save(dir, sample(VAE20, 1, 1)));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("is not a LatentLab checkpoint"),
                e.getMessage());
        assertEquals("precious", java.nio.file.Files.readString(dir.resolve("chapter1.tex")));
        assertEquals(1, java.nio.file.Files.list(tmp).count(), "no temporary folder is left behind");
    }

    @Test
    void roundTripKeepsEveryValue() throws IOException {
        Checkpoint c = sample(VAE20, 3, 1);
        Path dir = tmp.resolve("run");
        Checkpoints.save(dir, c);
        Checkpoint back = Checkpoints.load(dir, VAE20);
        assertEquals(c.info(), back.info());
        for (String k : c.parameters().values().keySet()) {
            assertArrayEquals(c.parameters().values().get(k).data(), back.parameters().values().get(k).data());
            assertArrayEquals(c.parameters().values().get(k).shape(), back.parameters().values().get(k).shape());
            assertArrayEquals(c.optimizer().secondMoments().get(k).data(),
                    back.optimizer().secondMoments().get(k).data());
        }
        assertEquals(c.optimizer().steps(), back.optimizer().steps());
        String json = Files.readString(dir.resolve("model.json"));
        assertTrue(json.contains("\"formatVersion\": 2"), json);
        assertTrue(json.contains("\"kind\": \"vae\""), json);
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(dir), files.toList(), "no temporary or backup directory is left behind");
        }
    }

    @Test
    void refusesAnotherModelNamingBoth() throws IOException {
        Path dir = tmp.resolve("run");
        Checkpoints.save(dir, sample(VAE20, 1, 1));
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> Checkpoints.load(dir, ModelSpec.defaults(ModelKind.CONV_AE, 2)));
        assertEquals("checkpoint " + dir + " was saved for vae latent 20 but conv-ae latent 2 was asked",
                e.getMessage());
        CheckpointException beta = assertThrows(CheckpointException.class,
                () -> Checkpoints.load(dir, VAE20.with(Settings.BETA, 4.0)));
        assertEquals("checkpoint " + dir + " was saved for vae latent 20 with beta 1 but vae latent 20"
                + " with beta 4 was asked", beta.getMessage());
    }

    @Test
    void readersBesideAWriterSeeWholeCheckpointsAndNeverCallThemCorrupt() throws Exception {
        Path dir = tmp.resolve("live");
        int saves = 120;
        Map<Integer, Checkpoint> saved = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        Runnable reader = () -> {
            while (writing.get()) {
                try {
                    Checkpoint c = Checkpoints.load(dir);
                    Checkpoint expected = saved.get(c.info().epoch());
                    if (expected == null || !java.util.Arrays.equals(expected.parameters().values().get("enc.weight")
                            .data(), c.parameters().values().get("enc.weight").data())) {
                        problems.add("loaded epoch " + c.info().epoch() + " with weights that were never saved");
                    }
                    loads.incrementAndGet();
                } catch (CheckpointException e) {
                    if (!e.getMessage().startsWith("there is no checkpoint at " + dir)) {
                        problems.add(e.getMessage());
                    }
                } catch (IOException e) {
                    problems.add(e.toString());
                }
            }
        };
        List<Thread> readers = List.of(new Thread(reader), new Thread(reader), new Thread(reader));
        readers.forEach(Thread::start);
        try {
            for (int epoch = 1; epoch <= saves; epoch++) {
                Checkpoint c = sample(VAE20, epoch, epoch);
                saved.put(epoch, c);
                Checkpoints.save(dir, c);
            }
        } finally {
            writing.set(false);
            for (Thread t : readers) {
                t.join();
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(loads.get() > saves, "readers loaded " + loads.get() + " times during " + saves + " saves");
    }

    @Test
    void refusesCorruptFiles() throws IOException {
        Path dir = tmp.resolve("run");
        Checkpoints.save(dir, sample(VAE20, 1, 1));
        byte[] params = Files.readAllBytes(dir.resolve("params.bin"));
        params[params.length / 2] ^= 1;
        Files.write(dir.resolve("params.bin"), params);
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoints.load(dir));
        assertEquals("checkpoint " + dir + ": params.bin is corrupt (its SHA-256 does not match the one in model.json)",
                e.getMessage());

        Checkpoints.save(dir, sample(VAE20, 1, 1));
        byte[] opt = Files.readAllBytes(dir.resolve("optimizer.bin"));
        Files.write(dir.resolve("optimizer.bin"), java.util.Arrays.copyOf(opt, opt.length - 10));
        e = assertThrows(CheckpointException.class, () -> Checkpoints.load(dir));
        assertEquals("checkpoint " + dir + ": optimizer.bin is corrupt (its SHA-256 does not match the one in model.json)",
                e.getMessage());
    }

    @Test
    void refusesANewerFormat() throws IOException {
        Path dir = tmp.resolve("run");
        Checkpoints.save(dir, sample(VAE20, 1, 1));
        Path json = dir.resolve("model.json");
        Files.writeString(json, Files.readString(json).replace("\"formatVersion\": 2", "\"formatVersion\": 3"));
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoints.load(dir));
        assertEquals("checkpoint " + dir + " has format version 3, which is newer than this LatentLab"
                + " understands (it reads up to 2)", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everySettingOfEveryKindIsSavedAndReadBack(ModelKind kind) throws IOException {
        ModelSpec spec = OtherValues.of(kind);
        assertNotEquals(ModelSpec.defaults(kind, 2), spec);
        Path dir = tmp.resolve(kind.cliName());
        Checkpoints.save(dir, sample(spec, 1, 1));
        assertEquals(spec, Checkpoints.load(dir, spec).info().spec());
    }

    @Test
    void theSpecHoldsTheSettingsOfItsKindAndASettingAddedLaterTakesItsDefault() throws IOException {
        ModelSpec dae = ModelSpec.defaults(ModelKind.DAE, 3).with(Settings.NOISE, Corruption.Type.MASKING)
                .with(Settings.NOISE_LEVEL, 0.25).with(Settings.TIED_WEIGHTS, true);
        Path dir = tmp.resolve("dae");
        Checkpoints.save(dir, sample(dae, 1, 1));
        Path json = dir.resolve("model.json");
        String text = Files.readString(json);
        assertTrue(text.contains("\"corruption\": \"MASKING\""), text);
        assertFalse(text.contains("\"beta\""), "a denoising model has no beta: " + text);
        assertEquals(dae, Checkpoints.load(dir).info().spec());

        // A checkpoint saved before a setting existed has no field for it.
        assertTrue(text.contains("\"weightDecay\": 0.0"), text);
        Files.writeString(json, text.replaceFirst(",\\s*\"weightDecay\": 0\\.0", ""));
        assertEquals(dae, Checkpoints.load(dir).info().spec());

        Files.writeString(json, text.replace("\"kind\": \"dae\",", "\"kind\": \"dae\",\n    \"beta\": 4.0,"));
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoints.load(dir));
        assertEquals("checkpoint " + dir + ": model.json field spec.beta is not a setting of dae (was the file"
                + " written by a newer LatentLab, or edited?)", e.getMessage());

        Files.writeString(json, text.replace("\"corruptionLevel\": 0.25", "\"corruptionLevel\": 1.5"));
        e = assertThrows(CheckpointException.class, () -> Checkpoints.load(dir));
        assertEquals("checkpoint " + dir + ": model.json field spec.corruptionLevel must be a number from 0.0 to 1.0,"
                + " but is 1.5", e.getMessage());

        Files.writeString(json, text.replaceFirst("\"hidden\": \\[\\s*128,", "\"hidden\": [100000000,"));
        e = assertThrows(CheckpointException.class, () -> Checkpoints.load(dir));
        assertEquals("checkpoint " + dir + ": model.json field spec.hidden[0] must be a whole number from 1 to 8192,"
                + " but is 100000000", e.getMessage());
    }

    @Test
    void aSaveInterruptedAtAnyStepLeavesThePreviousCheckpointLoadable() throws IOException {
        Checkpoint first = sample(VAE20, 1, 1);
        Checkpoint second = sample(VAE20, 2, 2);
        for (String stage : List.of("params.bin", "optimizer.bin", "model.json", "synced", "moved-aside")) {
            Path dir = tmp.resolve("at-" + stage);
            Checkpoints.save(dir, first);
            assertThrows(IOException.class, () -> Checkpoints.save(dir, second, s -> {
                if (s.equals(stage)) {
                    throw new IOException("killed at " + s);
                }
            }));
            Checkpoint loaded = Checkpoints.load(dir, VAE20);
            assertEquals(1, loaded.info().epoch(), "after a failure at " + stage);
            // The next save succeeds and cleans up.
            Checkpoints.save(dir, second);
            assertEquals(2, Checkpoints.load(dir, VAE20).info().epoch());
            assertTrue(Files.notExists(dir.resolveSibling(dir.getFileName() + ".previous")));
        }
    }

    @Test
    void aProcessKilledWhileSavingLeavesALoadableCheckpoint() throws Exception {
        Path dir = tmp.resolve("run");
        Checkpoints.save(dir, sample(VAE20, 1, 1));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 3; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveForever.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            // Wait until it is saving in a loop, then kill it without warning.
            String line = new String(p.getInputStream().readNBytes(6), StandardCharsets.US_ASCII);
            assertEquals("ready\n", line);
            Thread.sleep(50 + 70L * round);
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            Checkpoint loaded = Checkpoints.load(dir, VAE20);
            assertTrue(loaded.info().epoch() >= 1);
        }
    }

    /** Saves checkpoints of growing epoch into a directory until killed. */
    public static final class SaveForever {
        public static void main(String[] args) throws IOException {
            Path dir = Path.of(args[0]);
            Checkpoint big = sample(ModelSpec.defaults(ModelKind.VAE, 20), 2, 3);
            System.out.print("ready\n");
            System.out.flush();
            for (int i = 0; ; i++) {
                Checkpoints.save(dir, big);
            }
        }
    }
}
