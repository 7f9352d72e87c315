package latentlab.ui.traversal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import latentlab.ui.task.TaskExecutor;

/**
 * A traversal played in several models at once: one chooser, one clock, and a player per model
 * that decodes the model's own path. The players' sparklines share one scale, so the same
 * height is the same change of picture in every model.
 */
public final class TraversalViewModel {

    private final PlayerClock clock;
    private final TraversalChooserViewModel chooser = new TraversalChooserViewModel();
    private final LatentArithmeticViewModel arithmetic = new LatentArithmeticViewModel();
    private final ObservableList<TraversalPlayerViewModel> players = FXCollections.observableArrayList();
    private final TraversalGifExport export;
    private final ReadOnlyStringWrapper playing = new ReadOnlyStringWrapper("");
    /** What the GIF's captions call the traversal on show: its kind, as short as a caption must be. */
    private String kind = "";
    private List<ComparedModel> models = List.of();

    /** @param background where the GIF is written (results come back on the FX thread) */
    public TraversalViewModel(Pulse pulse, TaskExecutor background) {
        clock = new PlayerClock(pulse);
        export = new TraversalGifExport(background);
    }

    public PlayerClock clock() {
        return clock;
    }

    public TraversalChooserViewModel chooser() {
        return chooser;
    }

    public LatentArithmeticViewModel arithmetic() {
        return arithmetic;
    }

    /** One player per model, in the order the models were given. */
    public ObservableList<TraversalPlayerViewModel> players() {
        return players;
    }

    /** The traversal being played, e.g. "Interpolation from sample 3 to sample 8". */
    public ReadOnlyStringProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** How the last export went, or empty. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return export.messageProperty();
    }

    /**
     * The models to compare. New models drop the traversal shown before; new codes of the same
     * models (the same names, decoders and kinds, as in training) only move the paths to come.
     */
    public void setModels(List<ComparedModel> models) {
        if (sameModels(models)) {
            this.models = List.copyOf(models);
            chooser.updateCodes(models);
            arithmetic.updateCodes(models);
            return;
        }
        this.models = List.copyOf(models);
        clock.reset(0);
        List<TraversalPlayerViewModel> next = new ArrayList<>();
        for (ComparedModel m : models) {
            TraversalPlayerViewModel p = new TraversalPlayerViewModel(m.name(), m.frames(), clock);
            p.framesProperty().addListener((o, a, b) -> shareStepScale());
            next.add(p);
        }
        players.setAll(next);
        chooser.setModels(models);
        arithmetic.setModels(models);
        playing.set("");
        kind = "";
    }

    /** Builds each model's path from the chooser, decodes it in every model and plays it from the start. */
    public void start() {
        List<TraversalPaths.Traversal> paths = chooser.paths();
        if (paths == null) {
            return;
        }
        clock.reset(paths.get(0).path().size());
        for (int i = 0; i < players.size(); i++) {
            players.get(i).show(paths.get(i).path(), paths.get(i).description());
        }
        TraversalSettings s = chooser.settings();
        playing.set(describe(s));
        kind = s.kind() == TraversalKind.SWEEP ? "sweep along z" + (s.dimension() + 1)
                : s.kind().toString().toLowerCase(java.util.Locale.ROOT);
        clock.play();
    }

    /** Writes the traversal as a looping GIF of every player side by side, each under its model's name. */
    public void exportGif(Path file) {
        export.write(players, kind, clock.fpsProperty().get(), file);
    }

    private boolean sameModels(List<ComparedModel> next) {
        if (next.size() != models.size() || next.isEmpty()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            ComparedModel a = models.get(i);
            ComparedModel b = next.get(i);
            if (!a.name().equals(b.name()) || a.frames() != b.frames() || a.variational() != b.variational()) {
                return false;
            }
        }
        return true;
    }

    private void shareStepScale() {
        double max = 0;
        for (TraversalPlayerViewModel p : players) {
            var f = p.framesProperty().get();
            if (f != null) {
                max = Math.max(max, f.profile().max());
            }
        }
        for (TraversalPlayerViewModel p : players) {
            p.stepScaleProperty().set(max);
        }
    }

    private static String describe(TraversalSettings s) {
        return switch (s.kind()) {
            case INTERPOLATION -> "Interpolation from sample " + s.sampleA() + " to sample " + s.sampleB();
            case SWEEP -> "Sweep along z" + (s.dimension() + 1) + " through sample " + s.sampleA();
            case RANDOM_WALK -> "Random walk from sample " + s.sampleA() + ", seed " + s.seed();
            case DRAWN -> "Drawn path";
        };
    }
}
