package latentlab.ui.workspace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import latentlab.latent.EmbeddingData;
import latentlab.model.ModelSpec;

/**
 * Hands a workspace's samples, codes and weights to its views. New codes and weights arrive
 * several times a second during training: only the views on screen take them at once; the others
 * are marked stale and catch up in {@link #refresh()} when they come into view, so the UI thread's
 * time goes to the view being watched.
 */
final class ViewUpdates {
    private final List<WorkspaceView> views;
    private final Set<WorkspaceView> staleCodes = new LinkedHashSet<>();
    private final Set<WorkspaceView> staleWeights = new LinkedHashSet<>();
    private EmbeddingData shown;
    private String samples = "";
    private boolean variational;
    private final Consumer<EmbeddingData> onShown;

    /** @param onShown told of every new set of samples or codes, shown or not */
    ViewUpdates(List<WorkspaceView> views, Consumer<EmbeddingData> onShown) {
        this.views = List.copyOf(views);
        this.onShown = onShown;
    }

    void model(ModelSpec spec, List<String> classNames) {
        views.forEach(v -> v.onModel(spec, classNames));
    }

    /** New samples for every view, shown or not: their settings start afresh. */
    void showData(EmbeddingData data, String which, boolean variationalModel) {
        shown = data;
        samples = which;
        variational = variationalModel;
        staleCodes.clear();
        staleWeights.clear();
        views.forEach(v -> v.onData(data, which, variationalModel));
        onShown.accept(data);
    }

    /**
     * New codes for the samples shown; other samples (another subset or size) are new data, of a
     * model that is {@code variationalModel}.
     */
    void updateCodes(EmbeddingData data, String which, boolean variationalModel) {
        if (shown == null || shown.size() != data.size() || shown.dim() != data.dim()
                || variational != variationalModel) {
            showData(data, which, variationalModel);
            return;
        }
        shown = data;
        samples = which;
        staleCodes.addAll(views);
        refresh();
        onShown.accept(data);
    }

    /** The weights changed: what is decoded is out of date. */
    void weightsChanged() {
        if (shown == null) {
            return;
        }
        staleWeights.addAll(views);
        refresh();
    }

    /** Brings the views on screen up to date. */
    void refresh() {
        for (WorkspaceView v : views) {
            if (!v.isShowing()) {
                continue;
            }
            if (staleCodes.remove(v)) {
                v.onCodes(shown, samples);
            }
            if (staleWeights.remove(v)) {
                v.onWeights();
            }
        }
    }

    /** The samples shown, or null. */
    EmbeddingData shown() {
        return shown;
    }
}
