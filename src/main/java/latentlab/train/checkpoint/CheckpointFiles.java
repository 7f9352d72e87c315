package latentlab.train.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;

/**
 * The three files of one checkpoint folder, read as one: all from the same folder even while a
 * save swaps a new folder into its place.
 *
 * <p>A save never changes a folder that holds a finished checkpoint; it renames a new one into
 * place. Opening the three files by path could take {@code model.json} from one folder and
 * {@code params.bin} from the next. Where the platform offers it (Linux), the files are opened
 * relative to one open handle of the folder, so they come from that folder whatever is renamed
 * meanwhile; elsewhere the folder's identity is compared before and after, and a change is
 * reported as {@link FolderChanged} so that the caller reads again.
 */
final class CheckpointFiles {
    /** The folder was replaced or removed while it was read: nothing is wrong with it; read again. */
    static final class FolderChanged extends IOException {
        FolderChanged(String message) {
            super(message);
        }
    }

    final byte[] json;
    final byte[] params;
    final byte[] optimizer;

    private CheckpointFiles(byte[] json, byte[] params, byte[] optimizer) {
        this.json = json;
        this.params = params;
        this.optimizer = optimizer;
    }

    static CheckpointFiles read(Path folder) throws IOException {
        Object before = identity(folder);
        CheckpointFiles files;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            if (stream instanceof SecureDirectoryStream<Path> secure) {
                files = new CheckpointFiles(read(secure, folder, Checkpoints.MODEL_JSON),
                        read(secure, folder, Checkpoints.PARAMS), read(secure, folder, Checkpoints.OPTIMIZER));
                // One open folder: the three files are consistent whatever happened to its name.
                return files;
            }
        } catch (NoSuchFileException e) {
            throw new FolderChanged(folder + " disappeared while it was read");
        }
        files = new CheckpointFiles(read(folder, Checkpoints.MODEL_JSON), read(folder, Checkpoints.PARAMS),
                read(folder, Checkpoints.OPTIMIZER));
        if (!Objects.equals(before, identity(folder))) {
            throw new FolderChanged(folder + " was replaced while it was read");
        }
        return files;
    }

    private static byte[] read(SecureDirectoryStream<Path> dir, Path folder, String name) throws IOException {
        Path file = Path.of(name);
        BasicFileAttributes a;
        try {
            a = dir.getFileAttributeView(file, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .readAttributes();
        } catch (NoSuchFileException e) {
            throw missing(folder, name);
        }
        requireFile(a, folder, name);
        try (SeekableByteChannel ch = dir.newByteChannel(file, Set.of(StandardOpenOption.READ));
                InputStream in = Channels.newInputStream(ch)) {
            return in.readAllBytes();
        }
    }

    private static byte[] read(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw missing(folder, name);
        }
        requireFile(a, folder, name);
        return Files.readAllBytes(file);
    }

    private static void requireFile(BasicFileAttributes a, Path folder, String name) throws CheckpointException {
        if (!a.isRegularFile()) {
            throw new CheckpointException("checkpoint " + folder + ": " + name + " is "
                    + (a.isDirectory() ? "a folder" : "not a regular file") + ", where a file was expected");
        }
    }

    /** A file missing from a folder that still has its identity is really missing. */
    private static IOException missing(Path folder, String name) {
        return new Missing(folder, name);
    }

    /** A file of the checkpoint is absent; the caller decides whether the folder changed meanwhile. */
    static final class Missing extends IOException {
        Missing(Path folder, String name) {
            super("checkpoint " + folder + " is missing " + name);
        }
    }

    /** The folder's identity (device and inode where the platform has them), or null if it is gone. */
    static Object identity(Path folder) {
        try {
            BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class);
            Object key = a.fileKey();
            return key != null ? key : a.creationTime();
        } catch (IOException e) {
            return null;
        }
    }
}
