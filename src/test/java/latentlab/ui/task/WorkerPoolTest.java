package latentlab.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @Test
    void onlyTheLatestQueuedTaskOfAKeyRuns() throws Exception {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (WorkerPool pool = new WorkerPool("test-inference", 1, Runnable::run)) {
            BackgroundTask.wrap(() -> {
                firstStarted.countDown();
                release.await();
                ran.add(0);
                return 0;
            }).keyed("slider").onSuccess(delivered::add).executeWith(pool);
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
            TaskHandle last = null;
            for (int i = 1; i <= 50; i++) {
                int value = i;
                last = BackgroundTask.wrap(() -> {
                    ran.add(value);
                    return value;
                }).keyed("slider").onSuccess(delivered::add).executeWith(pool);
            }
            release.countDown();
            assertTrue(pool.awaitIdle(5, TimeUnit.SECONDS));
            assertEquals(List.of(0, 50), ran, "the running task finishes, then only the newest queued one runs");
            assertEquals(List.of(0, 50), delivered);
            assertEquals(49, pool.replacedCount());
            assertTrue(!last.isCancelled(), "the task that ran was not cancelled");
        }
    }

    @Test
    void differentKeysAreNotCoalescedAndAPoolOfOneRunsThemOnItsThread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        try (WorkerPool pool = new WorkerPool("one-thread", 1, Runnable::run)) {
            for (String key : List.of("a", "b", "c")) {
                BackgroundTask.wrap(() -> threads.add(Thread.currentThread().getName())).keyed(key).executeWith(pool);
            }
            assertTrue(pool.awaitIdle(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("one-thread", "one-thread", "one-thread"), threads);
    }

    @Test
    void aPoolOfTwoRunsTwoTasksAtOnce() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (WorkerPool pool = new WorkerPool("projection", 2, Runnable::run)) {
            for (int i = 0; i < 2; i++) {
                BackgroundTask.wrap(() -> {
                    threads.add(Thread.currentThread().getName());
                    bothRunning.countDown();
                    // Each waits for the other: with one thread this would never end.
                    return bothRunning.await(5, TimeUnit.SECONDS);
                }).onSuccess(ok -> assertTrue(ok)).executeWith(pool);
            }
            assertTrue(bothRunning.await(5, TimeUnit.SECONDS), "both tasks ran at the same time");
            assertTrue(pool.awaitIdle(5, TimeUnit.SECONDS));
        }
        assertEquals(Set.of("projection-1", "projection-2"), threads);
    }

    @Test
    void failuresAndErrorsReachTheFailureHandlerAndTheThreadGoesOn() throws Exception {
        List<String> failures = new CopyOnWriteArrayList<>();
        List<Integer> results = new CopyOnWriteArrayList<>();
        try (WorkerPool pool = new WorkerPool("errors", 1, Runnable::run)) {
            BackgroundTask.wrap(() -> {
                throw new IllegalStateException("no model");
            }).onFailure(e -> failures.add(e.getMessage())).executeWith(pool);
            BackgroundTask.wrap(() -> {
                throw new OutOfMemoryError("Java heap space");
            }).onFailure(e -> failures.add(e.getMessage())).executeWith(pool);
            BackgroundTask.wrap(() -> 7).onSuccess(results::add).executeWith(pool);
            assertTrue(pool.awaitIdle(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("no model", "java.lang.OutOfMemoryError: Java heap space"), failures);
        assertEquals(List.of(7), results, "the thread outlived the error");
    }

    @Test
    void outcomesGoThroughTheUiExecutor() throws Exception {
        List<String> via = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (WorkerPool pool = new WorkerPool("deliver", 1, r -> {
            via.add("ui");
            r.run();
        })) {
            BackgroundTask.wrap(() -> 42).onSuccess(r -> done.countDown()).executeWith(pool);
            assertTrue(done.await(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("ui"), via);
    }

    @Test
    void closingDropsQueuedTasks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        WorkerPool pool = new WorkerPool("closing", 1, Runnable::run);
        BackgroundTask.wrap(() -> {
            started.countDown();
            return release.await(5, TimeUnit.SECONDS);
        }).executeWith(pool);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        TaskHandle queued = BackgroundTask.wrap(() -> ran.add("queued")).executeWith(pool);
        pool.close();
        release.countDown();
        TaskHandle late = BackgroundTask.wrap(() -> ran.add("late")).executeWith(pool);
        assertTrue(pool.awaitIdle(5, TimeUnit.SECONDS));
        assertEquals(List.of(), ran, "nothing runs after close");
        assertTrue(queued.isCancelled() && late.isCancelled());
    }

    @Test
    void theLastTaskOfAClosedPoolRunsOnItsThreadAfterTheRunningOne() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        WorkerPool pool = new WorkerPool("codec-owner", 1, Runnable::run);
        BackgroundTask.wrap(() -> {
            started.countDown();
            release.await(5, TimeUnit.SECONDS);
            order.add("decode");
            return null;
        }).executeWith(pool);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        BackgroundTask.wrap(() -> order.add("queued decode")).executeWith(pool);
        pool.close(() -> order.add("close codec on " + Thread.currentThread().getName()));
        release.countDown();
        assertTrue(pool.awaitIdle(5, TimeUnit.SECONDS));
        assertEquals(List.of("decode", "close codec on codec-owner"), order);
    }
}
