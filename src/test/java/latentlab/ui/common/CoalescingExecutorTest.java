package latentlab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CoalescingExecutorTest {

    @Test
    void onlyTheLatestQueuedRequestOfAKeyRuns() throws Exception {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (CoalescingExecutor ex = new CoalescingExecutor("test-inference", Runnable::run)) {
            ex.submit("slider", () -> {
                firstStarted.countDown();
                release.await();
                ran.add(0);
                return 0;
            }, delivered::add, e -> { });
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
            for (int i = 1; i <= 50; i++) {
                int value = i;
                ex.submit("slider", () -> {
                    ran.add(value);
                    return value;
                }, delivered::add, e -> { });
            }
            release.countDown();
            assertTrue(ex.awaitIdle(5, TimeUnit.SECONDS));
            assertEquals(List.of(0, 50), ran, "the running job finishes, then only the newest queued one runs");
            assertEquals(List.of(0, 50), delivered);
            assertEquals(49, ex.replacedCount());
        }
    }

    @Test
    void differentKeysAreNotCoalescedAndRunOnOneThread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        try (CoalescingExecutor ex = new CoalescingExecutor("one-thread", Runnable::run)) {
            for (String key : List.of("a", "b", "c")) {
                ex.submit(key, () -> threads.add(Thread.currentThread().getName()), r -> { }, e -> { });
            }
            assertTrue(ex.awaitIdle(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("one-thread", "one-thread", "one-thread"), threads);
    }

    @Test
    void failuresReachTheErrorHandler() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        try (CoalescingExecutor ex = new CoalescingExecutor("errors", Runnable::run)) {
            ex.submit("k", () -> {
                throw new IllegalStateException("no model");
            }, r -> { }, e -> errors.add(e.getMessage()));
            assertTrue(ex.awaitIdle(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("no model"), errors);
    }

    @Test
    void resultsAreHandedToTheDeliverer() throws Exception {
        List<String> via = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (CoalescingExecutor ex = new CoalescingExecutor("deliver", r -> {
            via.add("deliverer");
            r.run();
        })) {
            ex.submit("k", () -> 42, r -> done.countDown(), e -> { });
            assertTrue(done.await(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("deliverer"), via);
    }
}
