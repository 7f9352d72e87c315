package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {
    @Test
    void namesTheEngineTheDeviceWithItsReasonAndTheThreads() {
        CliRunner.Result r = CliRunner.run("info");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Engine:   PyTorch 2.5.1 (DJL 0.32.0)"), r.out());
        assertTrue(r.out().matches("(?s).*Device:   (CPU|GPU gpu\\(0\\)): .+\\n.*"), r.out());
        assertTrue(r.out().contains("intra-op"), r.out());
        assertTrue(r.out().contains("Offline:  yes"), r.out());
    }

    @Test
    void withACheckpointShowsItsModelCard(@TempDir Path tmp) {
        Path run = tmp.resolve("pca");
        assertEquals(0, CliRunner.run("train", "--model", "pca", "--latent", "3", "--epochs", "1", "--out",
                run.toString()).status());
        CliRunner.Result r = CliRunner.run("info", run.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("# PCA (linear baseline), latent 3\n"), r.out());
        assertTrue(r.out().contains("latentlab train --model pca --latent 3 --dataset mnist --epochs 1"), r.out());
        assertFalse(r.out().contains("Engine:"), r.out());
        r = CliRunner.run("info", tmp.resolve("nothing").toString());
        assertEquals(2, r.status());
        assertEquals("latentlab: there is no checkpoint at " + tmp.resolve("nothing"), r.err().strip());
    }
}
