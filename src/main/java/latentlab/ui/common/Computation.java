package latentlab.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import latentlab.data.DataSplit;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.task.TaskHandle;

/**
 * The one long computation a view model runs at a time over its workspace's data set: whether it
 * runs, its progress and a status line, started and cancelled on the FX thread. A view binds its
 * Compute and Cancel buttons and its progress bar to these properties.
 */
public final class Computation {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status;
    private TaskHandle handle;

    /** @param prompt the status line before the first computation: what pressing Compute does */
    public Computation(String prompt) {
        status = new ReadOnlyStringWrapper(prompt);
    }

    /**
     * Runs {@code work} over {@code data} on {@code executor}, unless a computation runs or there
     * is no data set. Its progress reaches the status line; {@code done} gets its result on the FX
     * thread; a failure is said after {@code failed}, e.g. "The scoreboard could not be computed".
     */
    public <T> void start(DataSplit data, Function<DataSplit, BackgroundTask.Work<T>> work,
            Consumer<T> done, String failed, TaskExecutor executor) {
        if (running.get()) {
            return;
        }
        if (data == null) {
            status.set("No data set: open one first");
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set("Starting");
        handle = BackgroundTask.withProgress(work.apply(data)).onProgress((f, message) -> {
            progress.set(f);
            status.set(message);
        }).onSuccess(r -> {
            running.set(false);
            progress.set(1);
            done.accept(r);
        }).onFailure(e -> {
            running.set(false);
            progress.set(0);
            status.set(failed + ": " + message(e));
        }).executeWith(executor);
    }

    /** Stops the running computation; nothing of it is delivered afterwards. */
    public void cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
            running.set(false);
            progress.set(0);
            status.set("Cancelled");
        }
    }

    /** Says {@code text} on the status line (a result, a written file, a problem). */
    public void say(String text) {
        status.set(text);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done, 0..1, or -1 while it cannot tell. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is being done, what went wrong, or what the view shows. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
