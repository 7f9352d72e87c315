package latentlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log file: what reaches it, how it rotates, and that the terminal stays the user's. */
class LogsTest {
    @TempDir
    Path tmp;

    @Test
    void aLoggedErrorReachesTheFileWithItsStackTrace() throws Exception {
        Logger log = LoggerFactory.getLogger("latentlab.logs.test");
        try (AutoCloseable installed = Logs.install(tmp, Logs.LIMIT_BYTES, Logs.FILE_COUNT)) {
            log.error("the decoder failed on batch {}", 7, new IllegalStateException("shape mismatch"));
            LoggerFactory.getLogger("ai.djl.pytorch.engine.PtEngine").info("engine chatter");
            log.debug("not at the default level");
        }
        String text = Files.readString(tmp.resolve("latentlab-0.log"), StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR \\[[^]]+\\] "
                + "latentlab\\.logs\\.test: the decoder failed on batch 7\\R"
                + "java\\.lang\\.IllegalStateException: shape mismatch\\R\\s+at latentlab\\.app\\.LogsTest\\..*"), text);
        assertTrue(text.contains("INFO  [" + Thread.currentThread().getName() + "] ai.djl.pytorch.engine.PtEngine: engine chatter"),
                text);
        assertFalse(text.contains("not at the default level"), text);
    }

    @Test
    void oldLogsRotateOutBySize() throws Exception {
        Logger log = LoggerFactory.getLogger("latentlab.logs.test");
        try (AutoCloseable installed = Logs.install(tmp, 4_000, 3)) {
            for (int i = 0; i < 200; i++) {
                log.warn("line {} {}", i, "x".repeat(80));
            }
        }
        try (Stream<Path> files = Files.list(tmp)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("latentlab-0.log", "latentlab-1.log", "latentlab-2.log"), names);
        }
        assertTrue(Files.size(tmp.resolve("latentlab-1.log")) <= 4_000 + 200);
        assertTrue(Files.readString(tmp.resolve("latentlab-0.log")).contains("line 199 "), "the newest is file 0");
    }

    @Test
    void aRunLogsToTheConfiguredFolderAndKeepsTheTerminalForTheUser() throws Exception {
        Path logs = tmp.resolve("logs");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx512m", "-Dlatentlab.logs=" + logs, "-cp",
                System.getProperty("java.class.path"), "latentlab.app.Launcher", "info")
                .redirectOutput(tmp.resolve("stdout.txt").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "info did not finish within two minutes");
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        String out = Files.readString(tmp.resolve("stdout.txt"));
        String err = Files.readString(tmp.resolve("stderr.txt"));
        assertEquals(0, p.exitValue(), out + err);
        assertTrue(out.contains("PyTorch"), out);
        assertEquals("", err, "nothing but the user's messages on the terminal");
        String text = Files.readString(logs.resolve("latentlab-0.log"));
        assertTrue(text.contains("INFO  [main] latentlab.app.Launcher: LatentLab "), text);
        assertTrue(text.contains("): info"), text);
        assertTrue(text.contains(" ai.djl."), "the engine's own messages go to the file: " + text);
    }
}
