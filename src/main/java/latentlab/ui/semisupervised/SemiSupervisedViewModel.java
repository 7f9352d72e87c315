package latentlab.ui.semisupervised;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import latentlab.data.DataSplit;
import latentlab.export.SemiSupervisedCsv;
import latentlab.latent.Codec;
import latentlab.latent.apps.SemiSupervised;
import latentlab.ui.common.Computation;
import latentlab.ui.common.ProgressBridge;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.task.TaskProgress;

/**
 * Semi-supervised learning with one workspace's model: its codes of every training and validation
 * image are computed on the model's inference thread (progress and cancel), then linear classifiers
 * learn the classes from a few labelled codes, raw pixels and PCA codes ({@link SemiSupervised}).
 * The figures stay on screen when the model or the data change, marked stale until computed again.
 */
public final class SemiSupervisedViewModel {
    private final TaskExecutor inference;
    private final Supplier<Codec> codec;
    private final Supplier<DataSplit> data;
    private final Computation computation = new Computation(
            "Press Compute to train the linear classifiers (it encodes every image once)");
    private final StringProperty counts = new SimpleStringProperty(LabelledCounts.EXAMPLE);
    private final StringProperty seed = new SimpleStringProperty("1");
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SemiSupervisedResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper staleNote = new ReadOnlyStringWrapper("");
    /** Counts changes of the model and the data, so that a result computed across one arrives stale. */
    private int generation;
    private String lastChange = "";
    /** The data set of the last computation started. */
    private DataSplit measured;

    public SemiSupervisedViewModel(TaskExecutor inference, Supplier<Codec> codec, Supplier<DataSplit> data) {
        this.inference = inference;
        this.codec = codec;
        this.data = data;
        counts.addListener((o, a, b) -> validate());
        seed.addListener((o, a, b) -> validate());
        validate();
    }

    /** The labelled counts as typed, e.g. "10, 100, 1000". */
    public StringProperty countsProperty() {
        return counts;
    }

    /** The seed of the labelled images' choice, as typed. */
    public StringProperty seedProperty() {
        return seed;
    }

    /** What is wrong with the counts or the seed as typed, or empty. */
    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    /** The last result, or null; it stays when it goes stale. */
    public ReadOnlyObjectProperty<SemiSupervisedResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True when the model or the data changed since the result was computed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Why the result is stale, or empty. */
    public ReadOnlyStringProperty staleNoteProperty() {
        return staleNote.getReadOnlyProperty();
    }

    /** Whether it runs, its progress, what it does or what went wrong. */
    public Computation computation() {
        return computation;
    }

    /** Trains the classifiers for the counts and seed typed; says what is wrong with them instead. */
    public void compute() {
        if (computation.runningProperty().get()) {
            return;
        }
        validate();
        if (!inputError.get().isEmpty()) {
            computation.say(inputError.get());
            return;
        }
        List<Integer> chosen = LabelledCounts.parse(counts.get(), trainingImages());
        long s = Long.parseLong(seed.get().strip());
        int started = generation;
        DataSplit split = data.get();
        if (split != null) {
            measured = split;
        }
        computation.start(split, d -> p -> evaluate(d, chosen, s, p), r -> {
            result.set(r);
            boolean fresh = generation == started;
            stale.set(!fresh);
            staleNote.set(fresh ? "" : "Stale: " + lastChange + " while these figures were computed. Press Compute"
                    + " to measure again.");
            computation.say(String.format(Locale.ROOT, "%d classifiers trained and measured on the %,d validation"
                    + " images of %s", r.table().rows().size(), r.table().validationSize(), r.dataset()));
        }, "The classifiers could not be trained", inference);
    }

    public void cancel() {
        computation.cancel();
    }

    /** The model or the data changed ({@code what} says which): the figures shown no longer describe them. */
    public void markStale(String what) {
        generation++;
        lastChange = what;
        validate();
        if (result.get() != null) {
            stale.set(true);
            staleNote.set("Stale: " + what + " since these figures were computed. Press Compute to measure again.");
        }
    }

    /**
     * New samples are shown: the figures go stale only when they come from another data set than
     * the one measured (a run's samples of the same set change nothing here).
     */
    public void checkData() {
        validate();
        DataSplit now = data.get();
        if (measured != null && now != measured) {
            markStale("another data set was opened");
        }
    }

    /** Writes the table as CSV; the status says where, or why not. */
    public boolean exportCsv(Path file) {
        SemiSupervisedResult r = result.get();
        if (r == null) {
            computation.say("Nothing to export yet: press Compute first");
            return false;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, SemiSupervisedCsv.toCsv(r.table()), StandardCharsets.UTF_8);
            computation.say("Written: " + file + (stale.get() ? " (stale figures)" : ""));
            return true;
        } catch (IOException | RuntimeException e) {
            computation.say("Could not write " + file + ": " + Computation.message(e));
            return false;
        }
    }

    private void validate() {
        String error = "";
        try {
            LabelledCounts.parse(counts.get(), trainingImages());
        } catch (IllegalArgumentException e) {
            error = "Labelled counts: " + e.getMessage();
        }
        if (error.isEmpty()) {
            try {
                Long.parseLong(seed.get().strip());
            } catch (NumberFormatException e) {
                error = "Seed: '" + seed.get().strip() + "' is not a whole number";
            }
        }
        inputError.set(error);
    }

    private int trainingImages() {
        DataSplit split = data.get();
        return split == null ? 0 : split.train().size();
    }

    private SemiSupervisedResult evaluate(DataSplit split, List<Integer> chosen, long s, TaskProgress p) {
        Codec c = codec.get();
        if (c == null) {
            throw new IllegalStateException("No model is loaded: train or open one first");
        }
        if (split.train().pixelsPerImage() != c.pixelsPerImage()) {
            throw new IllegalStateException("the model takes images of " + c.pixelsPerImage() + " pixels, "
                    + split.sourceId() + " has " + split.train().pixelsPerImage());
        }
        var table = SemiSupervised.evaluate(c, split, chosen, s, ProgressBridge.of(p));
        return new SemiSupervisedResult(table, c.spec().kind().cliName().toUpperCase(Locale.ROOT), split.sourceId(),
                split.train().size(), split.train().pixelsPerImage(), Math.max(2, split.train().numClasses()));
    }
}
