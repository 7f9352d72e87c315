package latentlab.ui.scoreboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import latentlab.data.DataSplit;
import latentlab.export.ScoreboardCsv;
import latentlab.export.ScoreboardJson;
import latentlab.latent.Classifier;
import latentlab.latent.Codec;
import latentlab.latent.metrics.Progress;
import latentlab.latent.metrics.Score;
import latentlab.latent.metrics.Scoreboard;
import latentlab.latent.metrics.ScoreboardResult;
import latentlab.latent.metrics.ScoreboardSettings;
import latentlab.ui.common.Computation;
import latentlab.ui.common.ProgressBridge;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.task.TaskProgress;

/**
 * The scoreboard of one workspace's model: computed on the model's inference thread (the codec
 * and the reference classifier are confined to it), with progress and cancel, then shown as rows
 * of figure, value, formula and meaning, and written as CSV or JSON.
 */
public final class ScoreboardViewModel {

    /** One row of the table, as shown. */
    public record Row(String figure, String value, String better, String formula, String meaning, String detail) {
        static Row of(Score s) {
            return new Row(s.metric().name(), s.formatted(), s.metric().higherIsBetter() ? "higher" : "lower",
                    s.metric().formula(), s.metric().meaning(), s.detail());
        }
    }

    private final TaskExecutor inference;
    private final Supplier<Codec> codec;
    private final Supplier<DataSplit> data;
    private final Function<DataSplit, Classifier> referee;
    private final ScoreboardSettings settings;
    private final ReadOnlyObjectWrapper<ScoreboardResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final Computation computation = new Computation(
            "Press Compute to score this model (it takes a minute or two)");

    /**
     * @param inference the model's inference thread
     * @param codec the model, read on that thread (null: none loaded)
     * @param data the workspace's data set (null: none)
     * @param referee makes the reference classifier for a data set on that thread, or null when
     *     none judges its images; the scoreboard closes it
     */
    public ScoreboardViewModel(TaskExecutor inference, Supplier<Codec> codec, Supplier<DataSplit> data,
            Function<DataSplit, Classifier> referee, ScoreboardSettings settings) {
        this.inference = inference;
        this.codec = codec;
        this.data = data;
        this.referee = referee;
        this.settings = settings;
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreboardResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether it runs, its progress, what it does or what went wrong. */
    public Computation computation() {
        return computation;
    }

    /** Scores the current model (again); does nothing while a computation runs. */
    public void compute(String modelName) {
        computation.start(data.get(), split -> p -> score(modelName, split, p), r -> {
            result.set(r);
            rows.set(r.scores().stream().map(Row::of).toList());
            computation.say("The scoreboard of " + r.model() + ". Hover a row for how it was measured.");
        }, "The scoreboard could not be computed", inference);
    }

    /** Stops the running computation; the table keeps the last result. */
    public void cancel() {
        computation.cancel();
    }

    private ScoreboardResult score(String modelName, DataSplit split, TaskProgress p) {
        Codec c = codec.get();
        if (c == null) {
            throw new IllegalStateException("No model is loaded: train or open one first");
        }
        if (split.validation().pixelsPerImage() != c.pixelsPerImage()) {
            throw new IllegalStateException("the model takes images of " + c.pixelsPerImage() + " pixels, "
                    + split.sourceId() + " has " + split.validation().pixelsPerImage());
        }
        Progress bridge = ProgressBridge.of(p);
        Classifier classifier = referee.apply(split);
        try {
            return new Scoreboard(c, classifier, split, settings, bridge).compute(modelName);
        } finally {
            if (classifier != null) {
                classifier.close();
            }
        }
    }

    /** Writes the table as CSV (one column for this model); the status says where, or why not. */
    public boolean exportCsv(Path file) {
        return export(file, () -> ScoreboardCsv.toCsv(List.of(require())));
    }

    /** Writes the table as JSON, with the settings and the data set it was measured on. */
    public boolean exportJson(Path file) {
        return export(file, () -> {
            ScoreboardResult r = require();
            Map<String, Object> about = new LinkedHashMap<>();
            DataSplit split = data.get();
            if (split != null) {
                about.put("dataset", split.sourceId());
            }
            return ScoreboardJson.toJson(about, settings, List.of(new ScoreboardJson.Entry(r, Map.of())));
        });
    }

    private boolean export(Path file, Supplier<String> text) {
        try {
            String t = text.get();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, t, StandardCharsets.UTF_8);
            computation.say("Written: " + file);
            return true;
        } catch (IOException | RuntimeException e) {
            computation.say("Could not write " + file + ": " + Computation.message(e));
            return false;
        }
    }

    private ScoreboardResult require() {
        ScoreboardResult r = result.get();
        if (r == null) {
            throw new IllegalStateException("Nothing to export yet: compute the scoreboard first");
        }
        return r;
    }
}
