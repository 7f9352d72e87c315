package latentlab.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import latentlab.testing.Allocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes at all, raw or gzipped, given to the IDX reader: it returns a file or a
 * {@link DataException}, allocates in step with the bytes really there, and does not hang.
 *
 * <p>The first input byte picks how the file is read (images, labels, or named {@code .gz});
 * the rest is the file. Stored inputs in {@code IdxReaderFuzzTestInputs/} replay in every
 * {@code mvn verify}; {@code -Preliability} fuzzes for a bounded time.
 */
class IdxReaderFuzzTest {
    private static Path dir;

    @BeforeAll
    static void folder() throws IOException, DataException {
        dir = Files.createTempDirectory("idx-fuzz");
        // Read once, raw and gzipped, so that class loading does not count as the first input's allocation.
        IdxReader.readImages(IdxFixtures.write(dir, "warm-up.idx", IdxFixtures.images(2, 4)));
        IdxReader.readImages(IdxFixtures.write(dir, "warm-up.idx.gz", IdxFixtures.gzip(IdxFixtures.images(2, 4))));
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsAnyBytesOrSaysWhyNot(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        int mode = (input[0] & 0xFF) % 3;
        byte[] file = java.util.Arrays.copyOfRange(input, 1, input.length);
        Path path = dir.resolve(mode == 2 ? "images.idx.gz" : "file.idx");
        Files.write(path, file);
        // Three 1 MiB buffers (file, gzip, first chunk of the body), the data and its growth by
        // doubling; a gzip file counts by what it unpacks to.
        Allocation.requireAtMost(realLength(file), 4, 8L << 20, () -> {
            try {
                switch (mode) {
                    case 0, 2 -> IdxReader.readImages(path);
                    default -> IdxReader.readLabels(path, 10);
                }
            } catch (DataException expected) {
                if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                    throw new AssertionError("a data error without a message", expected);
                }
            }
        });
    }

    /** The bytes the reader can get out of the file: its length, or what a gzip stream unpacks to. */
    private static long realLength(byte[] file) {
        if (file.length < 2 || (file[0] & 0xFF) != 0x1f || (file[1] & 0xFF) != 0x8b) {
            return file.length;
        }
        long n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                n += r;
            }
        } catch (IOException e) {
            // A broken stream: what was unpacked before the break is what the reader could see.
        }
        return Math.max(n, file.length);
    }
}
