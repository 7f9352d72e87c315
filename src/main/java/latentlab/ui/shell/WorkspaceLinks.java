package latentlab.ui.shell;

import javafx.beans.value.ChangeListener;
import latentlab.ui.embedding.Embedding2DView;
import latentlab.ui.plot.ScatterSelection;
import latentlab.ui.plot.ScatterViewModel;
import latentlab.ui.plot.SharedScale;
import latentlab.ui.workspace.Workspace;

/**
 * Links two workspaces shown side by side, as comparison mode needs: pinning a sample in one 2D
 * embedding pins the same sample (the same index in the data) in the other, a box or lasso
 * selection selects the same samples in the other, and the "Same scale" switch puts both on one range. Closing undoes the links, leaving each plot on its own.
 */
final class WorkspaceLinks implements AutoCloseable {
    private final ScatterSelection left;
    private final ScatterSelection right;
    private final ChangeListener<Number> toRight;
    private final ChangeListener<Number> toLeft;
    private final ChangeListener<int[]> selectRight;
    private final ChangeListener<int[]> selectLeft;
    private final Runnable unlinkScale;

    WorkspaceLinks(Workspace a, Workspace b) {
        ScatterViewModel pa = scatter(a);
        ScatterViewModel pb = scatter(b);
        left = pa.choice();
        right = pb.choice();
        // Pinning the value a plot already has changes nothing, so the echo stops there.
        toRight = (o, old, sample) -> right.pin(sample.intValue());
        toLeft = (o, old, sample) -> left.pin(sample.intValue());
        left.pinnedProperty().addListener(toRight);
        right.pinnedProperty().addListener(toLeft);
        selectRight = (o, old, samples) -> right.selectSamples(samples);
        selectLeft = (o, old, samples) -> left.selectSamples(samples);
        left.selectionProperty().addListener(selectRight);
        right.selectionProperty().addListener(selectLeft);
        unlinkScale = SharedScale.link(java.util.List.of(pa, pb));
    }

    private static ScatterViewModel scatter(Workspace w) {
        return w.view(Embedding2DView.class).scatter().viewModel();
    }

    @Override
    public void close() {
        left.pinnedProperty().removeListener(toRight);
        right.pinnedProperty().removeListener(toLeft);
        left.selectionProperty().removeListener(selectRight);
        right.selectionProperty().removeListener(selectLeft);
        unlinkScale.run();
    }
}
