package latentlab.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import latentlab.ui.task.WorkerPool;
import org.testfx.util.WaitForAsyncUtils;

/** Waits in view tests until the FX queue and the inference thread are both idle. */
public final class FxSettle {

    private FxSettle() {
    }

    public static void settle(WorkerPool inference) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inference.awaitIdle(5, TimeUnit.SECONDS), "inference thread still busy");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
