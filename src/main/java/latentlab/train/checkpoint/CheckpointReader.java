package latentlab.train.checkpoint;

import static latentlab.train.checkpoint.Checkpoints.MODEL_JSON;
import static latentlab.train.checkpoint.Checkpoints.OPTIMIZER;
import static latentlab.train.checkpoint.Checkpoints.PARAMS;
import static latentlab.train.checkpoint.Checkpoints.PREVIOUS_SUFFIX;
import static latentlab.train.checkpoint.Checkpoints.TEMP_INFIX;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import latentlab.model.ModelSpec;

/** Reading checkpoints, whole, while another process may be saving to the same folder. */
final class CheckpointReader {
    private CheckpointReader() {
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
    static Checkpoint load(Path dir, ModelSpec expected) throws IOException {
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
                Checkpoints.glob(dir.getFileName().toString()) + TEMP_INFIX + "*")) {
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
        return "checkpoint " + dir + " was saved for " + saved.describeAgainst(asked) + " but "
                + asked.describeAgainst(saved) + " was asked";
    }

    private static void verify(Path dir, String file, byte[] data, Map<String, String> sha)
            throws CheckpointException {
        String want = sha.get(file);
        if (want == null) {
            throw new CheckpointException("checkpoint " + dir + ": " + MODEL_JSON + " has no hash for " + file);
        }
        if (!Checkpoints.sha256(data).equalsIgnoreCase(want)) {
            throw new CheckpointException("checkpoint " + dir + ": " + file + " is corrupt (its SHA-256 does not"
                    + " match the one in " + MODEL_JSON + ")");
        }
    }

}
