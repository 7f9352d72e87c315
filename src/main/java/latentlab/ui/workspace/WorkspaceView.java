package latentlab.ui.workspace;

import java.util.List;
import javafx.scene.Node;
import latentlab.latent.EmbeddingData;
import latentlab.model.ModelSpec;

/**
 * A view of one model, driven by its {@link Workspace}: new samples, new codes, new weights.
 * Codes and weights change several times a second in training; the workspace hands them only to
 * the views on screen, and to the others when they come into view. A view is made by the factory
 * of its {@link ViewRegistration}; views that follow training itself bind to
 * {@link ViewContext#model()} instead.
 */
public interface WorkspaceView {

    /** What the view shows in its tab. */
    Node node();

    /** A model of another kind or shape is loaded (a run's first weights, an opened checkpoint). */
    default void onModel(ModelSpec spec, List<String> classNames) {
    }

    /**
     * New samples: a new data set or model, or the whole set once a run ends.
     *
     * @param samples which samples these are, in words for the legends
     * @param variational whether the model that made the codes has a prior N(0, I)
     */
    default void onData(EmbeddingData data, String samples, boolean variational) {
    }

    /** New codes for the samples shown (during training): the same samples, moved. */
    default void onCodes(EmbeddingData data, String samples) {
    }

    /** New weights: redecode what depends on them. */
    default void onWeights() {
    }

    /** True when the view and every parent are visible (a tab's content is hidden when not selected). */
    default boolean isShowing() {
        return latentlab.ui.common.Showing.of(node());
    }
}
