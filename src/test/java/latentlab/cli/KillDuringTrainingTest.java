package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import latentlab.train.checkpoint.Checkpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training run killed with SIGKILL (power loss, the OOM killer) at random moments, some of
 * them inside a checkpoint save: after every kill the last checkpoint loads, it is never older
 * than the one before, and {@code --resume} continues from exactly its epoch.
 *
 * <p>{@code mvn verify} runs a few trials; {@code -Preliability} runs many
 * ({@code -Dlatentlab.reliability.long=true}).
 */
class KillDuringTrainingTest {
    private static final boolean LONG = Boolean.getBoolean("latentlab.reliability.long");
    private static final int TRIALS = LONG ? 24 : 3;
    private static final Pattern STARTED = Pattern.compile("Training .*: epochs (\\d+) to \\d+,.*");
    private static final Pattern EPOCH = Pattern.compile("epoch (\\d+)/\\d+  train:.*");

    @TempDir
    Path tmp;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theLastCheckpointAlwaysLoadsAndResumeContinuesFromIt() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path out = tmp.resolve("run");
        int kept = 0;
        int insideSave = 0;
        List<String> log = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            // Half the kills wait for a save to begin and land in it; the others fall anywhere.
            boolean aimAtSave = trial > 0 && trial % 2 == 1;
            Set<String> before = saveFolders(out);
            Trial t = run(out, kept > 0, trial == 0 ? 2 : 1, aimAtSave, random);
            String where = "trial " + trial + " (seed " + seed + "): " + t;
            if (t.firstEpoch > 0) {
                assertEquals(kept + 1, t.firstEpoch, "resume starts after the kept epoch, " + where);
            }
            Set<String> after = saveFolders(out);
            after.removeAll(before);
            boolean landedInSave = !after.isEmpty() || saveFolders(out).contains(out.getFileName() + ".previous");
            insideSave += landedInSave ? 1 : 0;
            int loaded = Checkpoints.load(out).info().epoch();
            assertTrue(loaded >= kept, "the checkpoint went back from epoch " + kept + " to " + loaded + ", " + where);
            assertTrue(loaded >= t.lastEpochLine - 1, "epoch " + (t.lastEpochLine - 1) + " finished saving but "
                    + loaded + " loads, " + where);
            log.add(where + ", loads epoch " + loaded + (landedInSave ? ", killed inside a save" : ""));
            kept = loaded;
        }
        System.out.println("SIGKILL trials: " + TRIALS + ", inside a save: " + insideSave + ", last epoch kept: "
                + kept + "\n  " + String.join("\n  ", log));
        assertTrue(kept >= 1);
    }

    /** What one child run printed before it was killed. */
    private record Trial(int firstEpoch, int lastEpochLine, long killedAfterMs) {
    }

    private Trial run(Path out, boolean resume, int epochLinesFirst, boolean aimAtSave, Random random)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "latentlab.app.Launcher", "train", "--model", "ae", "--epochs", "100000", "--batch", "512",
                "--out", out.toString()));
        if (resume) {
            cmd.add("--resume");
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long started = System.nanoTime();
        int first = 0;
        int last = 0;
        int lines = 0;
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (lines < epochLinesFirst && (line = stdout.readLine()) != null) {
                Matcher s = STARTED.matcher(line);
                Matcher e = EPOCH.matcher(line);
                if (s.matches()) {
                    first = Integer.parseInt(s.group(1));
                } else if (e.matches()) {
                    last = Integer.parseInt(e.group(1));
                    lines++;
                }
            }
            assertTrue(lines == epochLinesFirst, "the run ended before epoch " + epochLinesFirst);
            if (aimAtSave) {
                // A temporary folder of a killed save can still be there: wait for a new one.
                Set<String> old = saveFolders(out);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (old.containsAll(saveFolders(out)) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                Thread.sleep(random.nextInt(4));
            } else {
                Thread.sleep(random.nextInt(1500));
            }
            // SIGKILL alone (Process.destroyForcibly would also close this side's pipes); then drain
            // what it printed meanwhile: the last epoch line says which save had begun.
            p.toHandle().destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed run did not end");
            while ((line = stdout.readLine()) != null) {
                Matcher e = EPOCH.matcher(line);
                if (e.matches()) {
                    last = Integer.parseInt(e.group(1));
                }
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        return new Trial(first, last, (System.nanoTime() - started) / 1_000_000);
    }

    /** A save's temporary folders and the previous checkpoint moved aside: the traces of a save under way. */
    private static Set<String> saveFolders(Path out) throws IOException {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(out.toAbsolutePath().getParent(),
                out.getFileName() + "{.saving-*,.previous}")) {
            s.forEach(f -> names.add(f.getFileName().toString()));
        }
        return names;
    }
}
