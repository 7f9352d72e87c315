package latentlab.ui.embedding;

import java.util.List;
import javafx.scene.Node;
import latentlab.latent.EmbeddingData;
import latentlab.model.ModelSpec;
import latentlab.ui.plot.ScatterView;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/** The Embedding 2D tab: the scatter widget alone, every sample a point of its code's projection. */
public final class Embedding2DView implements WorkspaceView {
    private final ScatterView scatter;

    public Embedding2DView(ScatterView scatter) {
        this.scatter = scatter;
    }

    /** The view of one workspace's codes. */
    public static Embedding2DView create(ViewContext c) {
        return new Embedding2DView(ScatterView.create(c.codec(), c.projections()));
    }

    public ScatterView scatter() {
        return scatter;
    }

    @Override
    public Node node() {
        return scatter;
    }

    /** The prior is drawn from the run's first live codes on, before the whole set is encoded. */
    @Override
    public void onModel(ModelSpec spec, List<String> classNames) {
        scatter.followModel(spec);
    }

    @Override
    public void onData(EmbeddingData data, String samples, boolean variational) {
        scatter.show(data, samples, variational);
    }

    @Override
    public void onCodes(EmbeddingData data, String samples) {
        scatter.move(data, samples);
    }
}
