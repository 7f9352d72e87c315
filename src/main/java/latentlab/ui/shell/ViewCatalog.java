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
import latentlab.ui.semisupervised.SemiSupervisedView;
import latentlab.ui.training.TrainingTab;
import latentlab.ui.workspace.ViewRegistration;

/**
 * Every view of a model, in tab order after Data: each workspace makes one of each, and the
 * window gives each a tab, a Go to menu item and a Ctrl+number shortcut. Views of one kind share a
 * tab of their group, each a tab within it, so the row of tabs fits the window. A new view is one line here.
 */
final class ViewCatalog {
    /** The views of the latent space itself: where the codes lie and what they decode to. */
    static final String LATENT_SPACE = "Latent space";
    /** The course's applications of an autoencoder. */
    static final String APPLICATIONS = "Applications";

    private ViewCatalog() {
    }

    /** @param sweeps what the Compression view trains its sweep with: the window's run */
    static List<ViewRegistration> standard(CompressionServices sweeps) {
        return List.of(
                new ViewRegistration("Training", "tab-training", TrainingTab::create),
                new ViewRegistration("Embedding 2D", "tab-embedding", Embedding2DView::create, LATENT_SPACE),
                new ViewRegistration("Embedding 3D", "tab-embedding3d", Embedding3DView::create, LATENT_SPACE),
                new ViewRegistration("Latent explorer", "tab-explorer", LatentExplorerView::create, LATENT_SPACE),
                new ViewRegistration("Manifold grid", "tab-manifold", ManifoldGridView::create, LATENT_SPACE),
                new ViewRegistration("Draw", "tab-draw", DrawPadView::create, LATENT_SPACE),
                new ViewRegistration("Code histogram", "tab-codes", CodeHistogramView::create, LATENT_SPACE),
                new ViewRegistration("Scoreboard", "tab-scoreboard", ScoreboardView::create),
                new ViewRegistration("Anomaly", "tab-anomaly", AnomalyView::create, APPLICATIONS),
                new ViewRegistration("Semi-supervised", "tab-semisup", SemiSupervisedView::create, APPLICATIONS),
                new ViewRegistration("Compression", "tab-compression", c -> CompressionView.create(c, sweeps),
                        APPLICATIONS));
    }
}
