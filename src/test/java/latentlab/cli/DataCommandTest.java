package latentlab.cli;

import static latentlab.data.IdxFixtures.gzip;
import static latentlab.data.IdxFixtures.images;
import static latentlab.data.IdxFixtures.labels;
import static latentlab.data.IdxFixtures.raw;
import static latentlab.data.IdxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataCommandTest {
    @TempDir
    static Path dir;

    @Test
    void listShowsTheBundledSourceAsUsable() {
        CliRunner.Result r = CliRunner.run("data", "list");
        assertEquals(0, r.status());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("mnist") && l.contains("usable")), r.out());
        assertTrue(r.out().contains("fashion-mnist"), r.out());
    }

    @Test
    void inspectOfTheBundledSourceShowsCountsAndHistogram() {
        CliRunner.Result r = CliRunner.run("data", "inspect", "mnist");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("training set (mnist/train): 9,000 images of 28x28"), r.out());
        assertTrue(r.out().contains("validation set (mnist/validation): 1,000 images"), r.out());
        assertTrue(r.out().contains("pixel mean 0.1"), r.out());
        assertEquals(20, r.out().lines().filter(l -> l.matches("\\s+\\d \\d\\s+.*%.*")).count(),
                "one histogram line per digit and set:\n" + r.out());
    }

    @Test
    void inspectOfOneLabelFileShowsItsHistogram() throws Exception {
        Path p = write(dir, "ok-labels-idx1-ubyte", labels(0, 1, 1, 2));
        CliRunner.Result r = CliRunner.run("data", "inspect", p.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("4 labels"), r.out());
        assertTrue(r.out().contains("50.0%"), r.out());
    }

    static Stream<Arguments> malformed() {
        byte[] full = images(4, 28);
        return Stream.of(
                Arguments.of("empty.idx", new byte[0], "is empty"),
                Arguments.of("magic.idx", new byte[] {'G', 'I', 'F', '8', 0, 0, 0, 0}, "not an IDX file"),
                Arguments.of("cut.idx", Arrays.copyOf(full, full.length - 1), "truncated"),
                Arguments.of("absurd.idx", raw(new int[] {0x00000803, 0x7FFFFFFF, 1024, 1024}, new byte[8]),
                        "more than LatentLab can hold"),
                Arguments.of("notgzip.idx.gz", full, "not gzip-compressed"),
                Arguments.of("cutgzip.idx.gz", Arrays.copyOf(gzip(full), 40), "truncated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aBadFileGetsOneClearLineAndStatusTwo(String name, byte[] content, String expected) throws Exception {
        Path p = write(dir, name, content);
        CliRunner.Result r = CliRunner.run("data", "inspect", p.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), "exactly one line: " + r.err());
        assertTrue(r.err().startsWith("latentlab: " + name), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aFolderWhoseCountsDisagreeGetsStatusTwo() throws Exception {
        Path folder = dir.resolve("mismatch");
        java.nio.file.Files.createDirectories(folder);
        write(folder, "train-images-idx3-ubyte", images(3, 28));
        write(folder, "train-labels-idx1-ubyte", labels(1, 2));
        CliRunner.Result r = CliRunner.run("data", "inspect", folder.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("must match"), r.err());
    }

    @Test
    void labelsOutOfRangeInAFolderGetStatusTwo() throws Exception {
        Path folder = dir.resolve("badlabels");
        java.nio.file.Files.createDirectories(folder);
        write(folder, "train-images-idx3-ubyte", images(2, 28));
        write(folder, "train-labels-idx1-ubyte", labels(1, 200));
        CliRunner.Result r = CliRunner.run("data", "inspect", folder.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("label 200 at position 1 is out of range"), r.err());
    }

    @Test
    void anUnknownSourceGetsStatusTwo() {
        CliRunner.Result r = CliRunner.run("data", "inspect", "no-such-source");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("No data source called 'no-such-source'"), r.err());
    }
}
