package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import latentlab.data.DataSources;
import latentlab.data.Dataset;
import latentlab.export.projector.ProjectorFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** encode's three outputs, from a small test model trained one epoch on the bundled digits. */
class EncodeCommandTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    static Path checkpoint;

    @BeforeAll
    static void train() {
        checkpoint = shared.resolve("run");
        CliRunner.Result r = TrainingCommandsTest.run(TrainingCommandsTest.TINY, "train", "--model", "ae", "--latent",
                "2", "--epochs", "1", "--batch", "256", "--out", checkpoint.toString());
        assertEquals(0, r.status(), r.err());
    }

    private static CliRunner.Result encode(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "encode";
        all[1] = "--checkpoint";
        all[2] = checkpoint.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return TrainingCommandsTest.run(TrainingCommandsTest.TINY, all);
    }

    @Test
    void theProjectorFolderLoadsAsItIs() throws Exception {
        Path dir = tmp.resolve("projector");
        CliRunner.Result r = encode("--split", "validation", "--projector", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("Wrote the Embedding Projector folder " + dir + " (1,000 codes)", r.out().strip());
        List<String> vectors = Files.readAllLines(dir.resolve("vectors.tsv"));
        assertEquals(1000, vectors.size());
        assertTrue(vectors.get(0).matches("[-\\d.E]+\t[-\\d.E]+"), vectors.get(0));
        List<String> meta = Files.readAllLines(dir.resolve("metadata.tsv"));
        assertEquals(1001, meta.size());
        assertEquals("label\tsplit\tindex\tmse_per_pixel", meta.get(0));
        Dataset validation = DataSources.open("mnist").validation();
        String[] first = meta.get(1).split("\t");
        assertEquals(List.of(validation.classNames().get(validation.label(0)), "validation", "0"),
                List.of(first).subList(0, 3));
        double mse = Double.parseDouble(first[3]);
        assertTrue(mse > 0 && mse < 0.25, meta.get(1));

        ProjectorFolders.assertConfigTiesTheFiles(dir, 1000, 2, 28);

        BufferedImage png = ImageIO.read(dir.resolve("sprite.png").toFile());
        assertEquals(32 * 28, png.getWidth(), "ceil(sqrt(1000)) = 32 thumbnails a side");
        assertEquals(32 * 28, png.getHeight());
        // Image 33 sits in row 1, column 1 of the sprite: its pixels, as bytes.
        float[] image = validation.image(33);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                assertEquals(Math.round(image[y * 28 + x] * 255), png.getRaster().getSample(28 + x, 28 + y, 0),
                        "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void coordinatesComeWithTheirLabelAndIndex() throws Exception {
        Path csv = tmp.resolve("coords.csv");
        CliRunner.Result r = encode("--split", "validation", "--coordinates", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("Wrote Latent axes coordinates (2D) of 1,000 of 1,000 codes to " + csv, r.out().strip());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,y,label,index", lines.get(0));
        assertEquals(1001, lines.size());
        assertTrue(lines.get(1).matches("[-\\d.E]+,[-\\d.E]+,\\d,0"), lines.get(1));
    }

    @Test
    void eachMistakeIsOneLineAndNothingIsWritten() throws Exception {
        assertEquals("latentlab: say what to write: --out FILE.csv, --projector DIR or --coordinates FILE.csv",
                encode().err().strip());
        Path folder = tmp.resolve("codes");
        CliRunner.Result r = encode("--out", folder.toString());
        assertEquals(2, r.status());
        assertEquals("latentlab: --out takes a .csv file, got " + folder
                + "; for the Embedding Projector give --projector DIR", r.err().strip());
        assertFalse(Files.exists(folder));
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "keep");
        r = encode("--projector", full.toString());
        assertEquals("latentlab: --projector " + full + " already exists and is not empty; give a new or empty folder",
                r.err().strip());
        assertEquals(List.of("notes.txt"), Files.list(full).map(p -> p.getFileName().toString()).toList());
        r = encode("--coordinates", tmp.resolve("c.csv").toString(), "--dims", "3");
        assertEquals("latentlab: the model's codes have 2 numbers; they cannot give 3 coordinates", r.err().strip());
        r = encode("--coordinates", tmp.resolve("c.csv").toString(), "--projection", "mds");
        assertEquals("latentlab: --projection must be axes, pca, tsne or umap, got mds", r.err().strip());
    }
}
