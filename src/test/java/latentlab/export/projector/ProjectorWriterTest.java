package latentlab.export.projector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectorWriterTest {
    @TempDir
    Path tmp;

    /** Ten 28x28 images; image i is black but for one white pixel at row i, column 2i. */
    private static float[] images(int n) {
        float[] px = new float[n * 784];
        for (int i = 0; i < n; i++) {
            px[i * 784 + i * 28 + 2 * i] = 1;
        }
        return px;
    }

    private Path writeTen(List<String> columns) throws IOException {
        Path out = tmp.resolve("projector");
        float[] px = images(10);
        try (ProjectorWriter w = ProjectorWriter.open(out, "vae codes", 10, 3, 28, columns)) {
            for (int i = 0; i < 10; i++) {
                List<String> values = columns.size() == 1 ? List.of("digit " + i)
                        : List.of("digit\t" + i, i < 8 ? "train" : "validation", "0.0" + i);
                w.add(new float[] {i, -i, 0.5f * i}, values, px, i * 784);
            }
            w.commit();
        }
        return out;
    }

    @Test
    void theFolderHoldsTheFourFilesInTheProjectorsFormat() throws Exception {
        Path out = writeTen(List.of("label", "split", "mse"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("metadata.tsv", "projector_config.pbtxt", "sprite.png", "vectors.tsv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        List<String> vectors = Files.readAllLines(out.resolve("vectors.tsv"));
        assertEquals(10, vectors.size(), "no header");
        assertEquals("3.0\t-3.0\t1.5", vectors.get(3));
        List<String> meta = Files.readAllLines(out.resolve("metadata.tsv"));
        assertEquals(11, meta.size(), "a header, then one line per code");
        assertEquals("label\tsplit\tmse", meta.get(0));
        assertEquals("digit 9\tvalidation\t0.09", meta.get(10), "a tab inside a value becomes a space");

        ProjectorFolders.assertConfigTiesTheFiles(out, 10, 3, 28);
        Map<String, List<Object>> embedding = Pbtxt.first(
                Pbtxt.parse(Files.readString(out.resolve("projector_config.pbtxt"))), "embeddings");
        assertEquals(List.of("vae codes"), embedding.get("tensor_name"));

        BufferedImage png = ImageIO.read(out.resolve("sprite.png").toFile());
        assertEquals(4 * 28, png.getWidth(), "ceil(sqrt(10)) = 4 thumbnails a side");
        assertEquals(4 * 28, png.getHeight());
        // Image 6 sits in row 1, column 2; its white pixel is at (x 12, y 6) within the cell.
        int x0 = 2 * 28;
        int y0 = 28;
        assertEquals(255, png.getRaster().getSample(x0 + 12, y0 + 6, 0));
        assertEquals(0, png.getRaster().getSample(x0 + 12, y0 + 7, 0));
        assertEquals(0, png.getRaster().getSample(x0 + 13, y0 + 6, 0));
        assertEquals(0, png.getRaster().getSample(3 * 28 + 27, 3 * 28 + 27, 0), "empty cells stay black");
    }

    @Test
    void oneColumnOfMetadataHasNoHeader() throws Exception {
        List<String> meta = Files.readAllLines(writeTen(List.of("label")).resolve("metadata.tsv"));
        assertEquals(10, meta.size());
        assertEquals("digit 0", meta.get(0));
    }

    @Test
    void aFolderThatHoldsSomethingIsRefusedAndKept() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("projector"));
        Files.writeString(out.resolve("notes.txt"), "keep");
        IOException e = assertThrows(IOException.class,
                () -> ProjectorWriter.open(out, "codes", 1, 2, 28, List.of("label")));
        assertEquals(out + " already exists and is not empty; give a new or empty folder", e.getMessage());
        assertEquals("keep", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void nothingAppearsUnlessTheFolderIsCommitted() throws Exception {
        Path out = tmp.resolve("projector");
        try (ProjectorWriter w = ProjectorWriter.open(out, "codes", 2, 2, 28, List.of("label"))) {
            w.add(new float[] {1, 2}, List.of("a"), images(1), 0);
        }
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count(), "no temporary folder is left behind");
        }
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (ProjectorWriter w = ProjectorWriter.open(empty, "codes", 1, 2, 28, List.of("label"))) {
            w.add(new float[] {1, 2}, List.of("a"), images(1), 0);
            w.commit();
        }
        assertEquals(List.of("1.0\t2.0"), Files.readAllLines(empty.resolve("vectors.tsv")), "an empty folder is filled");
    }

    @Test
    void aCodeTheProjectorCannotReadIsRefused() throws Exception {
        try (ProjectorWriter w = ProjectorWriter.open(tmp.resolve("p"), "codes", 1, 2, 28, List.of("label"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.add(new float[] {1, Float.NaN}, List.of("a"), images(1), 0));
            assertEquals("code 0 holds NaN; the Projector reads finite numbers only", e.getMessage());
        }
    }
}
