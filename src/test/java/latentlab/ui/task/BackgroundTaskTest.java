package latentlab.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Outcomes and progress of a task, with the UI thread played by a queue the test drains. */
class BackgroundTaskTest {

    private final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();

    private void drainUi() {
        Runnable r;
        while ((r = ui.poll()) != null) {
            r.run();
        }
    }

    @Test
    void progressReportsAreCoalescedIntoTheNewest() {
        List<String> seen = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.withProgress(p -> {
            for (int i = 1; i <= 100; i++) {
                p.update(i / 100.0, "step " + i);
            }
            return "done";
        }).onProgress((f, m) -> seen.add(m + " at " + f)).onSuccess(seen::add);
        task.run(new TaskHandle(), ui::add);
        assertEquals(2, ui.size(), "one progress delivery and the result, not 100 deliveries");
        drainUi();
        assertEquals(List.of("step 100 at 1.0", "done"), seen);
    }

    @Test
    void aTaskCancelledBeforeItsResultIsDeliveredDeliversNothing() {
        List<Object> seen = new ArrayList<>();
        TaskHandle handle = new TaskHandle();
        BackgroundTask.withProgress(p -> {
            p.update(0.5, "half");
            return 1;
        }).onProgress((f, m) -> seen.add(m)).onSuccess(seen::add).onFailure(seen::add).run(handle, ui::add);
        handle.cancel();
        drainUi();
        assertEquals(List.of(), seen, "a newer request made this one stale: neither progress nor result shows");
    }

    @Test
    void runningWorkSeesItsCancellationAndStopsEarly() {
        TaskHandle handle = new TaskHandle();
        int[] steps = {0};
        BackgroundTask.withProgress(p -> {
            while (!p.isCancelled()) {
                if (++steps[0] == 3) {
                    handle.cancel();
                }
            }
            return null;
        }).run(handle, ui::add);
        assertEquals(3, steps[0]);
        drainUi();
    }

    @Test
    void theSameThreadExecutorDeliversAtOnce() {
        List<Object> seen = new ArrayList<>();
        BackgroundTask.wrap(() -> 5).onSuccess(seen::add).executeWith(new SameThreadExecutor());
        BackgroundTask.wrap(() -> {
            throw new java.io.IOException("disk gone");
        }).onFailure(e -> seen.add(e.getMessage())).executeWith(new SameThreadExecutor());
        assertEquals(List.of(5, "disk gone"), seen);
        assertTrue(ui.isEmpty());
    }
}
