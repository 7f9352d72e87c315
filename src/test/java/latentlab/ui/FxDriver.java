package latentlab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** For programs that drive the window from their main thread (screenshots, benchmarks): work on the FX thread, waits. */
public final class FxDriver {
    private FxDriver() {
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** Polls {@code condition} on the FX thread until it holds, for at most {@code millis}. */
    public static void waitFor(Callable<Boolean> condition, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (!onFx(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out waiting");
            }
            Thread.sleep(200);
        }
    }
}
