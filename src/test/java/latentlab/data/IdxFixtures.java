package latentlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds IDX files, well-formed or deliberately broken, for tests. */
public final class IdxFixtures {
    private IdxFixtures() {
    }

    /** Header and body of an image file: {@code count} images of {@code side x side}, pixel value = index mod 256. */
    public static byte[] images(int count, int side) {
        ByteBuffer b = ByteBuffer.allocate(16 + count * side * side);
        b.putInt(0x00000803).putInt(count).putInt(side).putInt(side);
        for (int i = 0; i < count * side * side; i++) {
            b.put((byte) (i % 256));
        }
        return b.array();
    }

    /** A label file with the given labels. */
    public static byte[] labels(int... labels) {
        ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
        b.putInt(0x00000801).putInt(labels.length);
        for (int l : labels) {
            b.put((byte) l);
        }
        return b.array();
    }

    /** Any header of ints followed by a body. */
    public static byte[] raw(int[] header, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(4 * header.length + body.length);
        for (int h : header) {
            b.putInt(h);
        }
        b.put(body);
        return b.array();
    }

    public static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(bos)) {
                gz.write(data);
            }
            return bos.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(Path dir, String name, byte[] data) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, data);
        return p;
    }

    /** Labels 0..classes-1 repeated to fill {@code count}. */
    public static int[] cyclicLabels(int count, int classes) {
        int[] l = new int[count];
        for (int i = 0; i < count; i++) {
            l[i] = i % classes;
        }
        return l;
    }
}
