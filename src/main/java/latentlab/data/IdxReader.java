package latentlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST format), raw or gzipped, validating everything before it allocates.
 *
 * <p>Memory is committed only in step with bytes actually read, never from the sizes a header
 * declares, so a file that lies about its size gets a clear error instead of an
 * OutOfMemoryError or a hang. Every failure is a {@link DataException} whose message is one
 * sentence naming the file.
 */
public final class IdxReader {

    /** Type code of unsigned bytes, the only element type of MNIST-style files. */
    private static final int TYPE_UBYTE = 0x08;
    /** Largest side accepted for an image; real IDX image sets are far smaller. */
    static final int MAX_SIDE = 1024;
    /** Largest number of items accepted, with room below the array size limit. */
    static final long MAX_BYTES = Integer.MAX_VALUE - 64L;
    private static final int CHUNK = 1 << 20;

    private IdxReader() {
    }

    /** Reads an image file (three dimensions). */
    public static IdxFile readImages(Path path) throws DataException {
        IdxFile f = read(path);
        if (!f.images()) {
            throw new DataException(name(path) + " holds labels, not images.");
        }
        return f;
    }

    /** Reads a label file (one dimension) whose labels must all be below {@code numClasses}. */
    public static IdxFile readLabels(Path path, int numClasses) throws DataException {
        IdxFile f = read(path);
        if (f.images()) {
            throw new DataException(name(path) + " holds images, not labels.");
        }
        byte[] d = f.data();
        int[] counts = new int[256];
        for (int i = 0; i < d.length; i++) {
            int label = d[i] & 0xFF;
            if (label >= numClasses) {
                throw new DataException(name(path) + ": label " + label + " at position " + i
                        + " is out of range (expected 0 to " + (numClasses - 1) + ").");
            }
            counts[label]++;
        }
        requirePlausibleClasses(path, counts);
        return f;
    }

    /**
     * Class numbers of real data sets run from 0 (or 1, as in EMNIST letters) to the largest with
     * few gaps: MNIST and Fashion-MNIST 0-9, EMNIST 0-46 or 0-61. A file with enough images where
     * most numbers up to its largest label have none (0-9 and one 200) holds a wrong label, and
     * would become a model with mostly empty classes.
     */
    private static void requirePlausibleClasses(Path path, int[] counts) throws DataException {
        int max = -1;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                max = c;
            }
        }
        int unused = 0;
        int gapStart = -1;
        int gapEnd = -1;
        for (int c = 1, run = 0; c < max; c++) {
            run = counts[c] == 0 ? run + 1 : 0;
            unused += counts[c] == 0 ? 1 : 0;
            if (run > gapEnd - gapStart + 1 || gapStart < 0 && run > 0) {
                gapStart = c - run + 1;
                gapEnd = c;
            }
        }
        long images = 0;
        for (int n : counts) {
            images += n;
        }
        // With fewer images than twice the classes, empty classes are chance, not a wrong label.
        if (unused * 2 > max + 1 && images >= 2L * (max + 1)) {
            throw new DataException(name(path) + ": labels run from 0 to " + max + " but " + unused + " of those "
                    + (max + 1) + " classes have no image (none from " + gapStart + " to " + gapEnd
                    + "); a label is probably wrong.");
        }
    }

    /** Reads and validates any IDX file of unsigned bytes with one or three dimensions. */
    public static IdxFile read(Path path) throws DataException {
        long fileSize;
        try {
            fileSize = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new DataException(name(path) + " does not exist.");
        } catch (IOException e) {
            throw new DataException(name(path) + " cannot be read: " + e.getMessage());
        }
        if (Files.isDirectory(path)) {
            throw new DataException(name(path) + " is a folder, not an IDX file.");
        }
        if (fileSize == 0) {
            throw new DataException(name(path) + " is empty.");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), CHUNK)) {
            boolean gzip = isGzip(raw);
            if (!gzip && path.toString().endsWith(".gz")) {
                throw new DataException(name(path) + " is named .gz but is not gzip-compressed.");
            }
            InputStream in = gzip ? new GZIPInputStream(raw, CHUNK) : raw;
            return parse(path, in, gzip ? -1 : fileSize);
        } catch (ZipException e) {
            throw new DataException(name(path) + " is not a valid gzip file (" + e.getMessage() + ").");
        } catch (EOFException e) {
            throw new DataException(name(path) + " is truncated: the gzip stream ends unexpectedly.");
        } catch (IOException e) {
            throw new DataException(name(path) + " cannot be read: " + e.getMessage());
        }
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    /** {@code rawSize} is the file's length when it is not compressed, else -1. */
    private static IdxFile parse(Path path, InputStream in, long rawSize) throws IOException, DataException {
        byte[] magic = readHeader(path, in, 4, "magic number");
        if (magic[0] != 0 || magic[1] != 0) {
            throw new DataException(name(path) + " is not an IDX file: it starts with "
                    + String.format("0x%02X%02X%02X%02X", magic[0], magic[1], magic[2], magic[3])
                    + " instead of an IDX magic number (0x00000801 or 0x00000803).");
        }
        int type = magic[2] & 0xFF;
        int dims = magic[3] & 0xFF;
        if (type != TYPE_UBYTE) {
            throw new DataException(name(path) + " holds elements of type 0x" + String.format("%02X", type)
                    + "; only unsigned bytes (0x08) are supported.");
        }
        if (dims != 1 && dims != 3) {
            throw new DataException(name(path) + " has " + dims
                    + " dimensions; expected 1 (labels) or 3 (images).");
        }
        byte[] sizeBytes = readHeader(path, in, 4 * dims, "dimension sizes");
        long[] sizes = new long[dims];
        for (int i = 0; i < dims; i++) {
            sizes[i] = ((sizeBytes[4 * i] & 0xFFL) << 24) | ((sizeBytes[4 * i + 1] & 0xFFL) << 16)
                    | ((sizeBytes[4 * i + 2] & 0xFFL) << 8) | (sizeBytes[4 * i + 3] & 0xFFL);
        }
        long count = sizes[0];
        int rows = 1;
        int cols = 1;
        if (dims == 3) {
            if (sizes[1] < 1 || sizes[1] > MAX_SIDE || sizes[2] < 1 || sizes[2] > MAX_SIDE) {
                throw new DataException(name(path) + " declares images of " + sizes[1] + "x" + sizes[2]
                        + " pixels; each side must be between 1 and " + MAX_SIDE + ".");
            }
            rows = (int) sizes[1];
            cols = (int) sizes[2];
        }
        long declared = count * rows * cols;
        String what = dims == 3 ? count + " images of " + rows + "x" + cols : count + " labels";
        if (declared > MAX_BYTES) {
            throw new DataException(name(path) + " declares " + what + " (" + declared
                    + " bytes), more than LatentLab can hold.");
        }
        long header = 4 + 4L * dims;
        if (rawSize >= 0 && rawSize - header != declared) {
            long actual = rawSize - header;
            throw new DataException(name(path) + (actual < declared ? " is truncated" : " is too long")
                    + ": it declares " + what + " (" + declared + " bytes) but holds " + actual + " bytes of data.");
        }
        byte[] data = readBody(path, in, (int) declared, what);
        if (in.read() != -1) {
            throw new DataException(name(path) + " has data after the " + what + " it declares.");
        }
        return new IdxFile(path, (int) count, rows, cols, data, dims == 3);
    }

    private static byte[] readHeader(Path path, InputStream in, int n, String what) throws IOException, DataException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new DataException(name(path) + " is truncated: it ends inside its header (" + what + ").");
        }
        return b;
    }

    /** Reads exactly {@code declared} bytes, growing the buffer only as data arrives. */
    private static byte[] readBody(Path path, InputStream in, int declared, String what)
            throws IOException, DataException {
        byte[] buf = new byte[Math.min(declared, CHUNK)];
        int filled = 0;
        while (filled < declared) {
            if (filled == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(declared, Math.max(CHUNK, 2L * buf.length)));
            }
            int r = in.read(buf, filled, buf.length - filled);
            if (r < 0) {
                throw new DataException(name(path) + " is truncated: it declares " + what + " (" + declared
                        + " bytes) but holds only " + filled + " bytes of data.");
            }
            filled += r;
        }
        return buf;
    }

    static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
