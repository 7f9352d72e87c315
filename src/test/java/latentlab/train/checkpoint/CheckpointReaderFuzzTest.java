package latentlab.train.checkpoint;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import latentlab.testing.Allocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes in one of a checkpoint's three files, the other two intact: loading returns a
 * checkpoint or a {@link CheckpointException}, allocates in step with the files' real length,
 * and does not hang.
 *
 * <p>The first input byte picks the file (0 {@code model.json}, 1 {@code params.bin}, 2
 * {@code optimizer.bin}); the rest is its content. A fuzzed binary file gets a
 * {@code model.json} that carries its true hash, so the bytes reach the tensor reader instead
 * of stopping at the hash check. Stored inputs in {@code CheckpointReaderFuzzTestInputs/}
 * replay in every {@code mvn verify}; {@code -Preliability} fuzzes for a bounded time.
 */
class CheckpointReaderFuzzTest {
    private static Path root;
    private static byte[] params;
    private static byte[] optimizer;
    private static CheckpointInfo info;

    @BeforeAll
    static void intactFiles() throws IOException {
        root = Files.createTempDirectory("checkpoint-fuzz");
        Checkpoint c = CheckpointsTest.sample(CheckpointsTest.VAE20, 2, 7);
        params = BinaryTensors.params(c.parameters());
        optimizer = BinaryTensors.optimizer(c.optimizer());
        info = c.info();
        // Load once so that class loading does not count as the first input's allocation: a
        // checkpoint of the current format, and its model.json in format 1 (read by its own classes).
        Checkpoints.save(root.resolve("warm-up"), c);
        Checkpoints.load(root.resolve("warm-up"));
        Path v1 = Files.createDirectories(root.resolve("warm-up-v1"));
        Files.write(v1.resolve(Checkpoints.PARAMS), params);
        Files.write(v1.resolve(Checkpoints.OPTIMIZER), optimizer);
        Files.write(v1.resolve(Checkpoints.MODEL_JSON), formatOne());
        try {
            Checkpoints.load(v1);
        } catch (CheckpointException stale) {
            // Its hashes are those of the files it was stored with; the format-1 reader has run.
        }
        // And a field with an unknown value: the first refusal pays for building its exception.
        Files.write(v1.resolve(Checkpoints.MODEL_JSON), new String(formatOne(), StandardCharsets.UTF_8)
                .replace("\"NONE\"", "\"UNKNOWN\"").getBytes(StandardCharsets.UTF_8));
        try {
            Checkpoints.load(v1);
        } catch (CheckpointException refused) {
            // Expected: the corruption type is not one there is.
        }
    }

    @AfterAll
    static void clean() throws IOException {
        Checkpoints.deleteTree(root);
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void loadsAnyFilesOrSaysWhyNot(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        int which = (input[0] & 0xFF) % 3;
        byte[] fuzzed = Arrays.copyOfRange(input, 1, input.length);
        byte[] p = which == 1 ? fuzzed : params;
        byte[] o = which == 2 ? fuzzed : optimizer;
        byte[] json = which == 0 ? fuzzed : modelJson(p, o);

        Path dir = root.resolve("run");
        Checkpoints.deleteTree(dir);
        Files.createDirectories(dir);
        Files.write(dir.resolve(Checkpoints.MODEL_JSON), json);
        Files.write(dir.resolve(Checkpoints.PARAMS), p);
        Files.write(dir.resolve(Checkpoints.OPTIMIZER), o);

        long length = (long) json.length + p.length + o.length;
        // The files' bytes, floats decoded from them, hashes and the JSON tree: a few times the length.
        Allocation.requireAtMost(length, 16, 4L << 20, () -> {
            try {
                Checkpoints.load(dir);
            } catch (CheckpointException expected) {
                if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                    throw new AssertionError("a checkpoint error without a message", expected);
                }
            }
        });
    }

    /** The stored valid model.json input: format 1, the spec's fields by name. */
    private static byte[] formatOne() throws IOException {
        try (var in = CheckpointReaderFuzzTest.class.getResourceAsStream(
                "CheckpointReaderFuzzTestInputs/loadsAnyFilesOrSaysWhyNot/valid-model-json")) {
            byte[] stored = in.readAllBytes();
            return Arrays.copyOfRange(stored, 1, stored.length);
        }
    }

    private static byte[] modelJson(byte[] p, byte[] o) {
        Map<String, String> sha = new LinkedHashMap<>();
        sha.put(Checkpoints.PARAMS, Checkpoints.sha256(p));
        sha.put(Checkpoints.OPTIMIZER, Checkpoints.sha256(o));
        return ModelJson.write(info, sha).getBytes(StandardCharsets.UTF_8);
    }
}
