package latentlab.ui.compression;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import latentlab.data.DataSplit;
import latentlab.export.CompressionFiles;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;
import latentlab.train.CompressionMeasurement;
import latentlab.train.ModelFactory;
import latentlab.ui.task.TaskProgress;

/**
 * The background half of a sweep: measures every model of a trained sweep, reporting each model
 * to the task's progress and stopping when it is cancelled, and writes the result beside the
 * checkpoints, as {@code latentlab sweep compression} does.
 */
final class SweepMeasurement implements CompressionMeasurement.Progress {
    /** A measured sweep and what the user should know about its points. */
    record Measured(CompressionResult result, List<String> notes) {
    }

    private final TaskProgress progress;
    private final List<String> notes = new ArrayList<>();

    SweepMeasurement(TaskProgress progress) {
        this.progress = progress;
    }

    /** Measures the sweep trained into {@code out} and writes its files there; nothing is written once cancelled. */
    Measured run(CompressionSweep sweep, DataSplit data, Path out, ModelFactory factory) throws IOException {
        CompressionResult r = CompressionMeasurement.measure(sweep, data, out, factory, this);
        if (progress.isCancelled()) {
            throw new CancellationException("the measurement was cancelled");
        }
        CompressionFiles.write(r, out);
        return new Measured(r, List.copyOf(notes));
    }

    @Override
    public void measuring(int done, int total, String name) {
        progress.update((double) done / total, String.format(Locale.ROOT, "Measuring %s on the validation images"
                + " (%d of %d)", name, done + 1, total));
    }

    @Override
    public void note(String text) {
        notes.add(text);
    }

    @Override
    public boolean isCancelled() {
        return progress.isCancelled();
    }
}
