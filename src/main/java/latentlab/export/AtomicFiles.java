package latentlab.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Exports appear whole or not at all: each is written beside its target under a temporary name
 * and renamed into place, so a crash or a full disk never leaves half a file where a reader
 * (a chart, TensorBoard) would take it for the real one.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Writes {@code text} (UTF-8) to {@code file}, replacing it whole. */
    public static void writeString(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = temporaryName(target);
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            sync(temp);
            move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Refuses a folder target that already holds something.
     *
     * @throws IOException with one sentence saying what is in the way
     */
    public static void requireNewOrEmptyFolder(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            throw new IOException(dir + " is a file; give a new or empty folder");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(dir + " already exists and is not empty; give a new or empty folder");
                }
            }
        }
    }

    /** A new, empty, hidden folder beside {@code target}, to fill and then {@link #publish}. */
    public static Path temporaryFolderFor(Path target) throws IOException {
        Path t = target.toAbsolutePath();
        Files.createDirectories(t.getParent());
        while (true) {
            try {
                return Files.createDirectory(temporaryName(t));
            } catch (FileAlreadyExistsException taken) {
                // Another writer drew the same name: draw again.
            }
        }
    }

    /**
     * A hidden, unused name beside {@code target}. Not {@code Files.createTemp*}: those make files
     * only their owner can read, and the export keeps the permissions of what it is renamed from.
     */
    private static Path temporaryName(Path target) {
        Path t = target.toAbsolutePath();
        return t.resolveSibling("." + t.getFileName() + ".writing-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    /** Renames the filled {@code temp} folder to {@code target}, which must be absent or empty. */
    public static void publish(Path temp, Path target) throws IOException {
        requireNewOrEmptyFolder(target);
        try (Stream<Path> files = Files.list(temp)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                sync(f);
            }
        }
        try {
            Files.deleteIfExists(target);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException(target + " was filled while the export was written; nothing was replaced", e);
        }
        try {
            move(temp, target.toAbsolutePath());
        } catch (IOException e) {
            if (Files.exists(target)) {
                throw new IOException(target + " appeared while the export was written; nothing was replaced", e);
            }
            throw e;
        }
    }

    /** Deletes a temporary folder and what is in it (after a failure); quiet if it is gone. */
    public static void discard(Path temp) {
        try (Stream<Path> all = Files.walk(temp)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Nothing more can be done; the hidden name keeps it out of the way.
        }
    }

    private static void move(Path from, Path to, StandardCopyOption... options) throws IOException {
        StandardCopyOption[] atomic = Stream.concat(Stream.of(options), Stream.of(StandardCopyOption.ATOMIC_MOVE))
                .toArray(StandardCopyOption[]::new);
        try {
            Files.move(from, to, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, options);
        }
    }

    private static void sync(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                c.force(true);
            }
        }
    }
}
