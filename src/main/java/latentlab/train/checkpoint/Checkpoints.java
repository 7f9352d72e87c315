package latentlab.train.checkpoint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import latentlab.model.ModelSpec;

/**
 * Checkpoints on disk. A checkpoint is a directory holding {@value #PARAMS}, {@value #OPTIMIZER}
 * and {@value #MODEL_JSON} (which records the SHA-256 of the other two).
 *
 * <p>Saving never leaves a half-written checkpoint where the previous one was: the new one is
 * written into a temporary sibling and synced, the previous one is moved aside to
 * {@code NAME.previous}, the new one renamed into place, and only then is the previous one
 * deleted. If the process dies between the two renames, {@link #load} finds the previous one.
 */
public final class Checkpoints {
    public static final String PARAMS = "params.bin";
    public static final String OPTIMIZER = "optimizer.bin";
    public static final String MODEL_JSON = "model.json";
    static final String PREVIOUS_SUFFIX = ".previous";
    static final String TEMP_INFIX = ".saving-";

    private Checkpoints() {
    }

    public static void save(Path dir, Checkpoint checkpoint) throws IOException {
        save(dir, checkpoint, SaveHook.NONE);
    }

    /** Writes {@code checkpoint} as the directory {@code dir}, replacing any checkpoint there atomically. */
    public static void save(Path dir, Checkpoint checkpoint, SaveHook hook) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        byte[] params = BinaryTensors.params(checkpoint.parameters());
        byte[] optimizer = BinaryTensors.optimizer(checkpoint.optimizer());
        Map<String, String> sha = new LinkedHashMap<>();
        sha.put(PARAMS, sha256(params));
        sha.put(OPTIMIZER, sha256(optimizer));
        byte[] json = ModelJson.write(checkpoint.info(), sha).getBytes(StandardCharsets.UTF_8);

        String name = dir.getFileName().toString();
        Path previous = parent.resolve(name + PREVIOUS_SUFFIX);
        // Saving replaces a checkpoint, and only a checkpoint: never a folder of the user's files.
        refuseIfNotCheckpoint(dir);
        refuseIfNotCheckpoint(previous);
        removeStaleTemps(parent, name);
        Path temp = parent.resolve(name + TEMP_INFIX + System.nanoTime());
        Files.createDirectory(temp);
        try {
            writeSynced(temp.resolve(PARAMS), params);
            hook.at(PARAMS);
            writeSynced(temp.resolve(OPTIMIZER), optimizer);
            hook.at(OPTIMIZER);
            writeSynced(temp.resolve(MODEL_JSON), json);
            hook.at(MODEL_JSON);
            syncDirectory(temp);
            hook.at("synced");

            if (Files.exists(dir)) {
                // A previous that survived an interrupted save is older than dir: dir wins.
                deleteTree(previous);
                move(dir, previous);
                syncDirectory(parent);
            }
            hook.at("moved-aside");
            move(temp, dir);
            syncDirectory(parent);
            hook.at("renamed");
            deleteTree(previous);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** True when {@code dir} is absent, or a folder holding nothing but checkpoint files. */
    public static boolean isCheckpointOrAbsent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.allMatch(f -> {
                String n = f.getFileName().toString();
                return n.equals(PARAMS) || n.equals(OPTIMIZER) || n.equals(MODEL_JSON);
            });
        }
    }

    /** True when {@code dir} holds a checkpoint, or the previous one of an interrupted save. */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(MODEL_JSON))
                || Files.exists(dir.resolveSibling(dir.getFileName() + PREVIOUS_SUFFIX).resolve(MODEL_JSON));
    }

    private static void refuseIfNotCheckpoint(Path dir) throws IOException {
        if (!isCheckpointOrAbsent(dir)) {
            throw new CheckpointException(dir + " exists and is not a LatentLab checkpoint; choose a new or empty"
                    + " folder (nothing was written)");
        }
    }

    /** Loads the checkpoint at {@code dir} without checking its spec against anything. */
    public static Checkpoint load(Path dir) throws IOException {
        return load(dir, null);
    }

    /**
     * Loads the checkpoint at {@code dir} (or the previous one, when a save was interrupted
     * between its renames), refusing a newer format, a spec other than {@code expected} (when
     * not null) and files whose hashes do not match; see {@link CheckpointReader}.
     */
    public static Checkpoint load(Path dir, ModelSpec expected) throws IOException {
        return CheckpointReader.load(dir, expected);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void writeSynced(Path file, byte[] data) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** Makes a directory's entries durable; a no-op where the platform cannot open directories (Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not supported on this platform: the renames are still atomic, only their durability is weaker.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void removeStaleTemps(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, glob(name) + TEMP_INFIX + "*")) {
            for (Path p : s) {
                deleteQuietly(p);
            }
        }
    }

    static String glob(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException ignored) {
            // Best effort: a stale temporary is removed by the next save.
        }
    }
}
