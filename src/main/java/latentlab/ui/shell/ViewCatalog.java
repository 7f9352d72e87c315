package latentlab.ui.shell;

import java.util.List;
import latentlab.ui.anomaly.AnomalyView;
import latentlab.ui.compression.CompressionServices;
import latentlab.ui.compression.CompressionView;
import latentlab.ui.drawpad.DrawPadView;
import latentlab.ui.embedding.Embedding2DView;
import latentlab.ui.embedding.Embedding3DView;
import latentlab.ui.explorer.LatentExplorerView;
import latentlab.ui.explorer.ManifoldGridView;
import latentlab.ui.histogram.CodeHistogramView;
import latentlab.ui.scoreboard.ScoreboardView;
import latentlab.ui.training.TrainingTab;
import latentlab.ui.workspace.ViewRegistration;

/**
 * Every view of a model, in tab order after Data: each workspace makes one of each, and the
 * window gives each a tab, a Go to menu item and a Ctrl+number shortcut. A new view is one line here.
 */
final class ViewCatalog {
    private ViewCatalog() {
    }

    /** @param sweeps what the Compression view trains its sweep with: the window's run */
    static List<ViewRegistration> standard(CompressionServices sweeps) {
        return List.of(
                new ViewRegistration("Training", "tab-training", TrainingTab::create),
                new ViewRegistration("Embedding 2D", "tab-embedding", Embedding2DView::create),
                new ViewRegistration("Embedding 3D", "tab-embedding3d", Embedding3DView::create),
                new ViewRegistration("Latent explorer", "tab-explorer", LatentExplorerView::create),
                new ViewRegistration("Manifold grid", "tab-manifold", ManifoldGridView::create),
                new ViewRegistration("Draw", "tab-draw", DrawPadView::create),
                new ViewRegistration("Code histogram", "tab-codes", CodeHistogramView::create),
                new ViewRegistration("Scoreboard", "tab-scoreboard", ScoreboardView::create),
                new ViewRegistration("Anomaly", "tab-anomaly", AnomalyView::create),
                new ViewRegistration("Compression", "tab-compression", c -> CompressionView.create(c, sweeps)));
    }
}
