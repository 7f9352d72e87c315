package latentlab.model.testing;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of tests that use the engine: one manager per test class, closed at the end. */
public abstract class EngineTest {
    protected static NDManager manager;

    @BeforeAll
    static void openManager() {
        manager = EngineFixture.newManager();
    }

    @AfterAll
    static void closeManager() {
        manager.close();
    }
}
