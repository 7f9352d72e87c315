package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import latentlab.train.checkpoint.Checkpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up, or turns read-only, while a run saves: one clear line, and the checkpoint
 * already saved still loads. Uses a small tmpfs, so it runs where {@code mount} is allowed (root
 * in CI's container) and is skipped elsewhere.
 */
@EnabledOnOs(OS.LINUX)
class SaveFailureTest {
    @TempDir
    Path tmp;
    private Path disk;

    private void mountDisk(long bytes) throws Exception {
        disk = tmp.resolve("disk");
        Files.createDirectories(disk);
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", disk.toString()) == 0,
                "mount is not allowed here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            sh("umount", disk.toString());
        }
    }

    @Test
    void aFullDiskStopsTheRunWithOneLineAndKeepsTheLastCheckpoint() throws Exception {
        // Room for one checkpoint and a half: the first save fits, the second (written beside it) does not.
        Path sizing = tmp.resolve("sizing");
        assertEquals(0, CliRunner.run("train", "--model", "ae", "--epochs", "1", "--batch", "512", "--out",
                sizing.toString()).status());
        long one;
        try (Stream<Path> files = Files.list(sizing)) {
            one = files.mapToLong(f -> f.toFile().length()).sum();
        }
        mountDisk((one * 3 / 2 + 4095) / 4096 * 4096);
        Path out = disk.resolve("run");
        CliRunner.Result r = CliRunner.run("train", "--model", "ae", "--epochs", "3", "--batch", "512",
                "--out", out.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals("latentlab: training failed: could not write the checkpoint " + out
                + ": No space left on device; the checkpoint of epoch 1 is kept in " + out, r.err().strip());
        assertEquals(1, Checkpoints.load(out).info().epoch());
        assertEquals(List.of("run"), names(disk), "no half-written folder or lock is left");
    }

    @Test
    void aDiskThatTurnedReadOnlyRefusesTheResumeAndKeepsTheCheckpoint() throws Exception {
        mountDisk(64L << 20);
        Path out = disk.resolve("run");
        CliRunner.Result first = CliRunner.run("train", "--model", "ae", "--epochs", "1", "--batch", "512",
                "--out", out.toString());
        assertEquals(0, first.status(), first.err());
        byte[] params = Files.readAllBytes(out.resolve(Checkpoints.PARAMS));
        assertEquals(0, sh("mount", "-o", "remount,ro", disk.toString()));

        CliRunner.Result r = CliRunner.run("train", "--model", "ae", "--epochs", "3", "--out", out.toString(),
                "--resume");
        assertTrue(r.status() != 0, r.out());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertEquals("latentlab: --out " + out + ": the folder " + disk + " cannot be written", r.err().strip());
        assertEquals(1, Checkpoints.load(out).info().epoch());
        assertTrue(java.util.Arrays.equals(params, Files.readAllBytes(out.resolve(Checkpoints.PARAMS))));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int sh(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
