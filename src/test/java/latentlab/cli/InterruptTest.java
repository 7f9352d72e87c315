package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import latentlab.train.checkpoint.Checkpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (what Ctrl-C and a closing terminal send) during {@code train}, in a real child process. */
class InterruptTest {
    @TempDir
    Path tmp;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anInterruptedRunSaysWhatIsKeptAndLeavesNoTemporaryFolder() throws Exception {
        Path out = tmp.resolve("run");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "latentlab.app.Launcher", "train", "--model", "ae", "--epochs", "200", "--batch", "512", "--out",
                out.toString()).redirectError(tmp.resolve("stderr.txt").toFile()).start();
        String err;
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = stdout.readLine()) != null && !line.startsWith("epoch 1/200  train:")) {
                // Wait for the first epoch to be saved.
            }
            assertTrue(line != null, "the run ended before its first epoch");
            // The signal alone: Process.destroy() would also close this side's pipes.
            p.toHandle().destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop within a minute");
            err = Files.readString(tmp.resolve("stderr.txt")).strip();
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        assertEquals(143, p.exitValue(), err);
        int kept = Checkpoints.load(out).info().epoch();
        assertTrue(err.matches("latentlab: interrupted during epoch \\d+; the checkpoint of epoch " + kept
                + " is kept in " + java.util.regex.Pattern.quote(out.toString())), err);
        try (Stream<Path> files = Files.list(tmp)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("run", "stderr.txt"), names, "no temporary folder or lock is left");
        }
    }
}
