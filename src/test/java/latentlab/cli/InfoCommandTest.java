package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
