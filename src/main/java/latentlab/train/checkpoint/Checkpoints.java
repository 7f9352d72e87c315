package latentlab.train.checkpoint;

import com.google.gson.JsonObject;
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
     * not null) and files whose hashes do not match.
     *
     * <p>Another process may be saving to {@code dir} meanwhile: the three files are read from
     * one folder (see {@link CheckpointFiles}), and when a save replaced the folder during the
     * read it is read again, so the result is one whole checkpoint, the one before the save or
     * the one after, and a healthy checkpoint is never called corrupt.
     */
    public static Checkpoint load(Path dir, ModelSpec expected) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path source = locate(dir);
            Object identity = CheckpointFiles.identity(source);
            try {
                return parse(dir, CheckpointFiles.read(source), expected);
            } catch (IOException e) {
                boolean replaced = e instanceof CheckpointFiles.FolderChanged
                        || !java.util.Objects.equals(identity, CheckpointFiles.identity(source))
                        || !source.equals(current(dir));
                if (!replaced) {
                    throw e instanceof CheckpointException ? e : new CheckpointException(e.getMessage(), e);
                }
                if (attempt == READ_ATTEMPTS) {
                    throw new CheckpointException("checkpoint " + dir + " was replaced " + READ_ATTEMPTS
                            + " times while it was read (a training run is saving to it); try again", e);
                }
                pause(attempt);
            }
        }
    }

    /** How often a read is repeated while saves keep replacing the folder. */
    static final int READ_ATTEMPTS = 20;

    /** The folder to read: {@code dir}, or the previous checkpoint while a save is between its renames. */
    private static Path locate(Path dir) throws IOException {
        for (int look = 1; ; look++) {
            Path found = current(dir);
            if (found != null) {
                return found;
            }
            // A save renames and deletes folders: both names can be missed for a moment, so look
            // again before calling the folder empty.
            if (look < 5 && (saveInProgress(dir) || Files.isDirectory(dir))) {
                pause(look);
                continue;
            }
            if (Files.isDirectory(dir)) {
                throw new CheckpointException("checkpoint " + dir + " has no " + MODEL_JSON);
            }
            if (Files.exists(dir)) {
                throw new CheckpointException(dir + " is a file, not a checkpoint folder");
            }
            throw new CheckpointException("there is no checkpoint at " + dir
                    + (saveInProgress(dir) ? " yet (its first save is being written)" : ""));
        }
    }

    /** Where the checkpoint of {@code dir} is now, or null when there is none. */
    private static Path current(Path dir) {
        if (Files.exists(dir.resolve(MODEL_JSON))) {
            return dir;
        }
        Path previous = dir.resolveSibling(dir.getFileName() + PREVIOUS_SUFFIX);
        return Files.exists(previous.resolve(MODEL_JSON)) ? previous : null;
    }

    private static boolean saveInProgress(Path dir) {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent,
                glob(dir.getFileName().toString()) + TEMP_INFIX + "*")) {
            return s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(Math.min(100, 5L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading a checkpoint");
        }
    }

    private static Checkpoint parse(Path dir, CheckpointFiles files, ModelSpec expected) throws IOException {
        ModelJson.Parsed parsed = ModelJson.parse(dir, files.json);
        if (parsed.formatVersion() > ModelJson.FORMAT_VERSION) {
            throw new CheckpointException("checkpoint " + dir + " has format version " + parsed.formatVersion()
                    + ", which is newer than this LatentLab understands (it reads up to "
                    + ModelJson.FORMAT_VERSION + ")");
        }
        CheckpointInfo info = parsed.info();
        Map<String, String> sha = parsed.sha256();
        if (expected != null && !expected.equals(info.spec())) {
            throw new CheckpointException(specMismatch(dir, info.spec(), expected));
        }
        verify(dir, PARAMS, files.params, sha);
        verify(dir, OPTIMIZER, files.optimizer, sha);
        return new Checkpoint(info, BinaryTensors.readParams(files.params, PARAMS),
                BinaryTensors.readOptimizer(files.optimizer, OPTIMIZER));
    }

    static String specMismatch(Path dir, ModelSpec saved, ModelSpec asked) {
        String a = CheckpointInfo.describe(saved);
        String b = CheckpointInfo.describe(asked);
        if (a.equals(b)) {
            // Same family and size: name the first setting that differs.
            JsonObject s = ModelJson.spec(saved);
            JsonObject x = ModelJson.spec(asked);
            for (String key : s.keySet()) {
                if (!s.get(key).equals(x.get(key))) {
                    a += " with " + key + " " + s.get(key);
                    b += " with " + key + " " + x.get(key);
                    break;
                }
            }
        }
        return "checkpoint " + dir + " was saved for " + a + " but " + b + " was asked";
    }

    private static void verify(Path dir, String file, byte[] data, Map<String, String> sha)
            throws CheckpointException {
        String want = sha.get(file);
        if (want == null) {
            throw new CheckpointException("checkpoint " + dir + ": " + MODEL_JSON + " has no hash for " + file);
        }
        if (!sha256(data).equalsIgnoreCase(want)) {
            throw new CheckpointException("checkpoint " + dir + ": " + file + " is corrupt (its SHA-256 does not"
                    + " match the one in " + MODEL_JSON + ")");
        }
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

    private static String glob(String name) {
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
