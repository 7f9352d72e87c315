package latentlab.ui.shell;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Tab;
import latentlab.latent.EmbeddingData;
import latentlab.ui.embedding.Embedding2DView;
import latentlab.ui.plot.ScatterSelection;
import latentlab.ui.plot.ScatterViewModel;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.traversal.ComparedModel;
import latentlab.ui.traversal.FrameSource;
import latentlab.ui.traversal.TimelinePulse;
import latentlab.ui.traversal.TraversalView;
import latentlab.ui.traversal.TraversalViewModel;
import latentlab.ui.workspace.TrainedModel;
import latentlab.ui.workspace.Workspace;

/**
 * The Traversal tab: one traversal played in every open workspace at once, a player per model,
 * each decoding its own path on its own inference thread. It follows the workspaces' samples and
 * codes as they change (a run moves them); the last two samples pinned in the 2D embedding
 * become the ends of the interpolation, and a path drawn over it the path to follow.
 */
final class TraversalTab implements AutoCloseable {
    static final String ID = "tab-traversal";

    private final TraversalViewModel vm;
    private final Tab tab = new Tab("Traversal");
    private final List<Workspace> followed = new ArrayList<>();
    private final Map<Workspace, FrameSource> frames = new IdentityHashMap<>();
    private final ChangeListener<Object> changed = (o, a, b) -> update();
    private final ChangeListener<Number> pinned = (o, a, sample) -> pinned(sample.intValue());
    private final ChangeListener<float[]> drawn = (o, a, codes) -> drawn(codes);
    private ScatterSelection pins;
    /** The models changed while the tab was hidden: it brings them up to date when it shows. */
    private boolean stale;

    /** @param background where a GIF is written */
    TraversalTab(TaskExecutor background) {
        vm = new TraversalViewModel(new TimelinePulse(), background);
        tab.setId(ID);
        tab.setClosable(false);
        tab.setContent(new TraversalView(vm));
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && stale) {
                update();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    TraversalViewModel viewModel() {
        return vm;
    }

    /** Plays traversals in {@code open}, in this order, from now on. */
    void follow(List<Workspace> open) {
        unfollow();
        followed.addAll(open);
        frames.keySet().retainAll(followed);
        for (Workspace w : followed) {
            w.shownProperty().addListener(changed);
            w.model().modelProperty().addListener(changed);
            plot(w).path().codesProperty().addListener(drawn);
        }
        if (!followed.isEmpty()) {
            // Pins are linked between workspaces, so the first one's pins are everyone's.
            pins = plot(followed.get(0)).choice();
            pins.pinnedProperty().addListener(pinned);
        }
        update();
    }

    /** The traversal runs between the sample pinned before and the one pinned now. */
    private void pinned(int sample) {
        var chooser = vm.chooser();
        if (sample < 0 || sample == chooser.sampleBProperty().get()) {
            return;
        }
        chooser.sampleAProperty().set(chooser.sampleBProperty().get());
        chooser.sampleBProperty().set(sample);
    }

    /**
     * A path drawn over any 2D embedding is played in every model at the same coordinates: where
     * the "Same scale" switch shows one range, the same place in each latent space.
     */
    private void drawn(float[] codes) {
        if (codes != null) {
            vm.chooser().setDrawn(List.of(codes));
        }
    }

    private static ScatterViewModel plot(Workspace w) {
        return w.view(Embedding2DView.class).scatter().viewModel();
    }

    /**
     * The workspaces that have a model and codes, as the traversal compares them. Hidden, the tab only
     * notes the change: during training the codes change several times a second, and each change
     * means the class means of every model's codes computed again.
     */
    private void update() {
        if (!tab.isSelected()) {
            stale = true;
            return;
        }
        stale = false;
        List<ComparedModel> models = new ArrayList<>();
        for (Workspace w : followed) {
            EmbeddingData shown = w.shown();
            TrainedModel m = w.model().modelProperty().get();
            if (shown == null || m == null || shown.dim() != m.spec().latentDim()) {
                continue;
            }
            models.add(new ComparedModel(w.title() + ": " + m.spec().kind().displayName(), framesOf(w), shown,
                    m.spec().kind().isVariational()));
        }
        vm.setModels(models);
    }

    private FrameSource framesOf(Workspace w) {
        return frames.computeIfAbsent(w, k -> (codes, n, images, error) -> k.codecs().decodeAll("traversal", codes,
                labels(k, n), images, error));
    }

    /** A conditional decoder draws every frame as the class of the traversal's first sample. */
    private int[] labels(Workspace w, int n) {
        TrainedModel m = w.model().modelProperty().get();
        EmbeddingData shown = w.shown();
        if (m == null || !m.spec().kind().isConditional() || shown == null) {
            return null;
        }
        int a = vm.chooser().sampleAProperty().get();
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, a >= 0 && a < shown.size() ? shown.labels()[a] : 0);
        return labels;
    }

    private void unfollow() {
        for (Workspace w : followed) {
            w.shownProperty().removeListener(changed);
            w.model().modelProperty().removeListener(changed);
            plot(w).path().codesProperty().removeListener(drawn);
        }
        if (pins != null) {
            pins.pinnedProperty().removeListener(pinned);
            pins = null;
        }
        followed.clear();
    }

    /** Stops following the workspaces and playing (the window closes; callable from any thread). */
    @Override
    public void close() {
        unfollow();
        if (Platform.isFxApplicationThread()) {
            vm.clock().pause();
        } else {
            Platform.runLater(vm.clock()::pause);
        }
    }
}
