package latentlab.data;

import static latentlab.data.IdxFixtures.gzip;
import static latentlab.data.IdxFixtures.images;
import static latentlab.data.IdxFixtures.labels;
import static latentlab.data.IdxFixtures.raw;
import static latentlab.data.IdxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRawImages() throws Exception {
        IdxFile f = IdxReader.readImages(write(dir, "x-images-idx3-ubyte", images(3, 28)));
        assertTrue(f.images());
        assertEquals(3, f.count());
        assertEquals(28, f.rows());
        assertEquals(28, f.cols());
        assertEquals(3 * 784, f.data().length);
        assertEquals(1f, f.pixelsAsFloats()[255], 1e-6);
    }

    @Test
    void readsGzippedFilesWithTheSameContent() throws Exception {
        IdxFile raw = IdxReader.read(write(dir, "a-images-idx3-ubyte", images(5, 7)));
        IdxFile gz = IdxReader.read(write(dir, "a-images-idx3-ubyte.gz", gzip(images(5, 7))));
        assertArrayEquals(raw.data(), gz.data());
    }

    @Test
    void readsLabels() throws Exception {
        IdxFile f = IdxReader.readLabels(write(dir, "l", labels(0, 9, 3)), 10);
        assertFalse(f.images());
        assertArrayEquals(new int[] {0, 9, 3}, f.asInts());
    }

    @Test
    void refusesLabelsWhereMostClassesAreEmpty() throws Exception {
        int[] labels = new int[1001];
        for (int i = 0; i < 1000; i++) {
            labels[i] = i % 10;
        }
        labels[1000] = 200;
        DataException e = assertThrows(DataException.class,
                () -> IdxReader.readLabels(write(dir, "gap-labels", labels(labels)), 256));
        assertEquals("gap-labels: labels run from 0 to 200 but 190 of those 201 classes have no image (none from 10"
                + " to 199); a label is probably wrong.", e.getMessage());
    }

    @Test
    void acceptsClassNumbersStartingAtOneAsInEmnistLetters() throws Exception {
        int[] labels = new int[260];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = 1 + i % 26;
        }
        assertEquals(260, IdxReader.readLabels(write(dir, "letters", labels(labels)), 256).count());
    }

    @Test
    void readsTheBundledDigits() throws Exception {
        DataSplit s = new BundledMnist().load();
        assertEquals(10_000, s.train().size() + s.validation().size());
    }

    // --- malformed files: one clear sentence naming the file, never a crash ---

    private String error(String name, byte[] content) throws Exception {
        Path p = write(dir, name, content);
        DataException e = assertThrows(DataException.class, () -> IdxReader.read(p));
        assertTrue(e.getMessage().startsWith(name), () -> "message should name the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        return e.getMessage();
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        assertTrue(error("empty-images-idx3-ubyte", new byte[0]).contains("is empty"));
    }

    @Test
    void rejectsAWrongMagicNumber() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 0, 0, 0, 1};
        assertTrue(error("picture.idx", png).contains("not an IDX file"));
    }

    @Test
    void rejectsAnUnsupportedElementType() throws Exception {
        String m = error("floats.idx", raw(new int[] {0x00000D01, 1}, new byte[4]));
        assertTrue(m.contains("type 0x0D"), m);
    }

    @Test
    void rejectsAWrongDimensionCount() throws Exception {
        String m = error("two-d.idx", raw(new int[] {0x00000802, 1, 1}, new byte[1]));
        assertTrue(m.contains("2 dimensions"), m);
    }

    @Test
    void rejectsATruncatedHeader() throws Exception {
        assertTrue(error("short.idx", new byte[] {0, 0, 8, 3, 0, 0}).contains("ends inside its header"));
    }

    @Test
    void rejectsATruncatedBody() throws Exception {
        byte[] full = images(10, 28);
        String m = error("cut-images-idx3-ubyte", Arrays.copyOf(full, full.length - 100));
        assertTrue(m.contains("is truncated") && m.contains("10 images of 28x28"), m);
    }

    @Test
    void rejectsATruncatedGzipBody() throws Exception {
        byte[] full = images(10, 28);
        String m = error("cut-images-idx3-ubyte.gz", gzip(Arrays.copyOf(full, full.length - 100)));
        assertTrue(m.contains("is truncated"), m);
    }

    @Test
    void rejectsACutGzipStream() throws Exception {
        byte[] gz = gzip(images(10, 28));
        String m = error("cut-stream.gz", Arrays.copyOf(gz, gz.length / 2));
        assertTrue(m.contains("truncated") || m.contains("gzip"), m);
    }

    @Test
    void rejectsTrailingData() throws Exception {
        byte[] full = images(2, 4);
        assertTrue(error("long.idx", Arrays.copyOf(full, full.length + 3)).contains("too long"));
        assertTrue(error("long.idx.gz", gzip(Arrays.copyOf(full, full.length + 3))).contains("data after"));
    }

    @Test
    @Timeout(5)
    void rejectsAbsurdDeclaredSizesWithoutAllocatingThem() throws Exception {
        String huge = error("huge.idx", raw(new int[] {0x00000803, 0x7FFFFFFF, 1000, 1000}, new byte[64]));
        assertTrue(huge.contains("more than LatentLab can hold"), huge);
        String side = error("wide.idx", raw(new int[] {0x00000803, 1, 100_000, 28}, new byte[64]));
        assertTrue(side.contains("100000x28"), side);
        // A gzip stream claiming 2 GB but holding 64 bytes: memory grows only with what is read.
        String gz = error("liar.idx.gz", gzip(raw(new int[] {0x00000803, 2_000_000, 28, 28}, new byte[64])));
        assertTrue(gz.contains("truncated") && gz.contains("holds only 64 bytes"), gz);
    }

    @Test
    void rejectsANegativeLookingCount() throws Exception {
        String m = error("neg.idx", raw(new int[] {0x00000801, 0xFFFFFFFF}, new byte[3]));
        assertTrue(m.contains("4294967295 labels"), m);
    }

    @Test
    void rejectsANonGzipFileNamedGz() throws Exception {
        assertTrue(error("plain.gz", images(1, 2)).contains("not gzip-compressed"));
    }

    @Test
    void rejectsLabelsOutOfRange() throws Exception {
        Path p = write(dir, "bad-labels-idx1-ubyte", labels(1, 2, 12));
        DataException e = assertThrows(DataException.class, () -> IdxReader.readLabels(p, 10));
        assertTrue(e.getMessage().contains("label 12 at position 2 is out of range"), e.getMessage());
    }

    @Test
    void rejectsAMissingFile() {
        DataException e = assertThrows(DataException.class, () -> IdxReader.read(dir.resolve("nope.idx")));
        assertEquals("nope.idx does not exist.", e.getMessage());
    }

    @Test
    void rejectsImagesWhereLabelsAreExpected() throws Exception {
        Path p = write(dir, "swapped", images(1, 2));
        assertThrows(DataException.class, () -> IdxReader.readLabels(p, 10));
    }
}
