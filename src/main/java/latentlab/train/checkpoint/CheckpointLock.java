package latentlab.train.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The right to write one checkpoint folder, held by one run at a time across processes.
 *
 * <p>An operating-system lock on {@code NAME.lock} beside the folder (not inside it: saves replace
 * the folder). The system releases it when the process ends, however it ends, so a crashed run
 * never blocks the next one. The file holds the owner's process id, for the message a second
 * writer gets, and is removed on release; a file left by a crash means nothing while unlocked.
 */
public final class CheckpointLock implements AutoCloseable {
    static final String SUFFIX = ".lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private CheckpointLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir}, or explains who holds it.
     *
     * @throws CheckpointException when another run (in this process or another) writes to {@code dir}
     */
    public static CheckpointLock acquire(Path dir) throws IOException {
        for (int attempt = 1; ; attempt++) {
            CheckpointLock l = tryAcquire(dir);
            // The previous holder removes the file on release: a lock on a removed file is no lock.
            if (Files.exists(l.file) || attempt == 3) {
                return l;
            }
            l.channel.close();
        }
    }

    private static CheckpointLock tryAcquire(Path dir) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        Path file = dir.resolveSibling(dir.getFileName() + SUFFIX);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            ch.close();
            throw new CheckpointException(dir + " is being written by another training run in this program; wait"
                    + " for it to finish or choose another folder");
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String owner = owner(ch);
            ch.close();
            throw new CheckpointException(dir + " is being written by another training run" + owner
                    + "; wait for it to finish or choose another folder");
        }
        byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(pid), 0);
        return new CheckpointLock(file, ch, lock);
    }

    private static String owner(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            ch.read(b, 0);
            String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
