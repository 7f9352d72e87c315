package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark commands: what they print, and one line for what they cannot do. */
class BenchCommandsTest {

    @Test
    void theProfileSaysWhereAStepsTimeGoes() {
        CliRunner.Result r = CliRunner.run("bench", "profile", "--model", "vae", "--batch", "32", "--steps", "5",
                "--profiled", "2", "--top", "3");
        assertEquals(0, r.status(), r.err());
        for (String line : new String[] {"vae (784-400-20), batch 32", "per-call overhead:", "engine calls from Java:",
            "inside engine calls:", "between engine calls (Java, DJL, JNI):", "engine allocations:",
            "Java heap allocated:", "copies Java -> engine: 3,", "engine -> Java: 4 floats", "what limits it: products"}) {
            assertTrue(r.out().contains(line), "missing '" + line + "' in:\n" + r.out());
        }
        assertTrue(r.out().contains(" adam_step "), "the costliest calls are listed:\n" + r.out());
    }

    @Test
    void aClosedFormModelHasNoStepToProfile() {
        CliRunner.Result r = CliRunner.run("bench", "profile", "--model", "pca");
        assertEquals(LatentLabCommand.EXIT_BAD_INPUT, r.status());
        assertEquals("latentlab: pca is fitted in closed form: it takes no training steps to profile", r.err().strip());
    }

    @Test
    void theSuiteComparesMemoryBetweenEpochFiveAndALaterOne() {
        CliRunner.Result r = CliRunner.run("bench", "suite", "--memory-epochs", "5");
        assertEquals(LatentLabCommand.EXIT_BAD_INPUT, r.status());
        assertEquals("latentlab: --memory-epochs must be more than 5: memory is compared between epoch 5 and the last",
                r.err().strip());
    }

    @Test
    void theSuiteNamesAnUnknownModel() {
        CliRunner.Result r = CliRunner.run("bench", "suite", "--models", "vae,transformer");
        assertEquals(LatentLabCommand.EXIT_BAD_INPUT, r.status());
        assertTrue(r.err().startsWith("latentlab: ") && r.err().contains("transformer"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
