package latentlab.ui.compression;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.NumberBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableNumberValue;
import latentlab.data.DataSplit;
import latentlab.export.CompressionReader;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;
import latentlab.latent.apps.ErrorMetric;
import latentlab.model.ModelKind;
import latentlab.train.CompressionPlanner;
import latentlab.train.RunPlanner;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.ui.common.Computation;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.training.RunFolders;

/**
 * The compression sweep of the window: code size against validation reconstruction error for the
 * AE, the VAE and PCA. Run sweep trains every model through the window's one training run (so it
 * is refused while another run trains, and Train is refused while it runs), then measures them in
 * the background and writes the result beside their checkpoints under the runs folder; Open sweep
 * reads a folder written by {@code latentlab sweep compression --out DIR} or by an earlier sweep.
 */
public final class CompressionViewModel {
    /** Epochs of each trained model unless the user asks for more: a sweep a class can wait for. */
    public static final int DEFAULT_EPOCHS = 3;

    /** One point of the chart: a code size and its error in the chosen unit. */
    public record Mark(int codeSize, double error) {
    }

    /** One model's line of the chart. */
    public record Line(ModelKind kind, List<Mark> marks) {
    }

    private final CompressionServices services;
    private final Supplier<DataSplit> data;
    private final ReadOnlyObjectWrapper<CompressionResult> result = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ErrorMetric> metric = new SimpleObjectProperty<>(ErrorMetric.BCE);
    private final ReadOnlyObjectWrapper<List<Line>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    /** Measuring the trained models, then the status line of the whole sweep. */
    private final Computation computation = new Computation(
            "Run sweep trains the AE and the VAE at each code size and fits PCA; Open sweep shows a saved one");
    /** True while the sweep's models train in the window's run. */
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper();
    private final BooleanBinding running;
    private final NumberBinding progress;
    private final IntegerProperty epochs = new SimpleIntegerProperty(DEFAULT_EPOCHS);
    private List<Integer> sizes = CompressionSweep.COURSE_SIZES;
    private List<ModelKind> kinds = CompressionSweep.COURSE_KINDS;
    public CompressionViewModel(CompressionServices services, Supplier<DataSplit> data) {
        this.services = services;
        this.data = data;
        result.addListener((o, a, r) -> redraw());
        metric.addListener((o, a, m) -> redraw());
        running = training.getReadOnlyProperty().or(computation.runningProperty());
        progress = Bindings.when(training.getReadOnlyProperty()).then(services.training().progressProperty())
                .otherwise(computation.progressProperty());
    }

    /** The code sizes of the next sweep, among which each model is trained. */
    public void setSizes(List<Integer> sizes) {
        this.sizes = List.copyOf(sizes);
    }

    /** The models of the next sweep, in the chart's order. */
    public void setKinds(List<ModelKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    public List<Integer> sizes() {
        return sizes;
    }

    public List<ModelKind> kinds() {
        return kinds;
    }

    /**
     * Trains the sweep through the window's run, then measures it in the background; refused, with
     * the reason on the status line, while any run trains or when the choices cannot make a sweep.
     */
    public void runSweep() {
        if (running.get()) {
            return;
        }
        DataSplit split = data.get();
        if (services.training().stateProperty().get() != TrainingViewModel.State.IDLE) {
            computation.say("A training run is in progress: the engine trains one run at a time, so stop it or let it"
                    + " finish, then run the sweep");
            return;
        }
        if (split == null) {
            computation.say("No data set: open one first");
            return;
        }
        try {
            CompressionSweep sweep = new CompressionSweep(kinds, sizes, epochs.get(), split.sourceId(),
                    RunPlanner.DEFAULT_SEED, CompressionSweep.COURSE_HIDDEN);
            Path out = RunFolders.create(services.runsDir(), "compression");
            TrainingPlan plan = sweep.trainedKinds().isEmpty() ? null
                    : CompressionPlanner.plan(sweep, split, null, null, out);
            Files.createDirectories(out);
            if (plan == null) {
                measure(sweep, split, out);
                return;
            }
            if (services.training().start(plan, List.of(), end -> trained(end, sweep, split, out))) {
                training.set(true);
                computation.say(String.format(Locale.ROOT, "Training %d models for %d epochs into %s (Stop in the tool bar"
                        + " or Cancel here ends it)", plan.sessions().size(), sweep.epochs(), out));
            } else {
                Files.deleteIfExists(out);
                computation.say("The sweep could not start: see the message in the window");
            }
        } catch (IllegalArgumentException | RunPlanner.Refused e) {
            computation.say("The sweep cannot run: " + e.getMessage());
        } catch (IOException e) {
            computation.say("The sweep's folder under the runs folder could not be made: " + e.getMessage());
        }
    }

    /** Stops the sweep: its training at the next batch, or its measurement; no result comes of it. */
    public void cancel() {
        if (training.get()) {
            computation.say("Stopping the sweep's training at the next batch...");
            services.training().stop();
        } else if (computation.runningProperty().get()) {
            computation.cancel();
            computation.say("Sweep cancelled while measuring: no result; the trained checkpoints stay in the runs"
                    + " folder");
        }
    }

    /** Shows the sweep saved in {@code dir}; a folder that is not one leaves the chart as it was and says why. */
    public void open(Path dir) {
        if (running.get()) {
            computation.say("A sweep is running: cancel it before opening another");
            return;
        }
        BackgroundTask.wrap(() -> CompressionReader.read(dir)).onSuccess(r -> {
            folder.set(dir);
            result.set(r);
            computation.say("Opened the sweep in " + dir);
        }).onFailure(e -> computation.say("Could not open the sweep: " + Computation.message(e)))
                .executeWith(services.background());
    }

    private void trained(TrainingEvent last, CompressionSweep sweep, DataSplit split, Path out) {
        training.set(false);
        if (last instanceof TrainingEvent.Completed || last instanceof TrainingEvent.Diverged) {
            measure(sweep, split, out);
            return;
        }
        computation.say(last instanceof TrainingEvent.Failed f ? "The sweep's training failed: " + f.message()
                : "Sweep stopped before it finished: no result; the finished epochs' checkpoints stay in " + out);
    }

    private void measure(CompressionSweep sweep, DataSplit split, Path out) {
        computation.start(split, s -> p -> new SweepMeasurement(p).run(sweep, s, out, services.factory()), m -> {
            folder.set(out);
            result.set(m.result());
            computation.say("Sweep done; its figures and checkpoints are in " + out
                    + (m.notes().isEmpty() ? "" : ". " + String.join("; ", m.notes())));
        }, "The sweep could not be measured", services.background());
    }

    private void redraw() {
        CompressionResult r = result.get();
        if (r == null) {
            return;
        }
        List<Line> l = CompressionReading.lines(r, metric.get());
        lines.set(l);
        explanation.set(CompressionReading.explanation(r));
        reading.set(CompressionReading.reading(l, metric.get()));
    }

    /** The result shown, or null before the first sweep. */
    public ReadOnlyObjectProperty<CompressionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The chart's unit: per-pixel BCE or MSE. */
    public ObjectProperty<ErrorMetric> metricProperty() {
        return metric;
    }

    /** The chart's lines in the chosen unit, one per model with points. */
    public ReadOnlyObjectProperty<List<Line>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    /** What was trained, for how long, on what data, with which seed. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The figures in one sentence. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The folder the result shown was read from or written to. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** True from Run sweep until its result is shown, or it stopped. */
    public BooleanExpression runningProperty() {
        return running;
    }

    /** Fraction done of the current phase (training, then measuring), 0..1, or -1 when it cannot tell. */
    public ObservableNumberValue progressProperty() {
        return progress;
    }

    /** What the sweep is doing, what went wrong, or where the result shown is. */
    public ReadOnlyStringProperty statusProperty() {
        return computation.statusProperty();
    }

    /** The runs folder, where the window's sweeps are kept. */
    public Path runsFolder() {
        return services.runsDir();
    }

    /** Epochs of each trained model of the next sweep. */
    public IntegerProperty epochsProperty() {
        return epochs;
    }
}
