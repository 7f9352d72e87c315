package latentlab.ui.shell;

import javafx.application.Platform;
import latentlab.latent.Codec;
import latentlab.latent.EmbeddingData;
import latentlab.ui.common.CoalescingExecutor;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.common.ProjectionThreads;
import latentlab.ui.drawpad.DrawPadView;
import latentlab.ui.drawpad.DrawPadViewModel;
import latentlab.ui.embedding.Embedding3DView;
import latentlab.ui.embedding.Embedding3DViewModel;
import latentlab.ui.explorer.LatentExplorerView;
import latentlab.ui.explorer.LatentExplorerViewModel;
import latentlab.ui.explorer.ManifoldGridView;
import latentlab.ui.explorer.ManifoldGridViewModel;
import latentlab.ui.plot.ScatterView;

/**
 * The views that look into a trained model, sharing one inference thread and one codec: the 2D
 * and 3D embeddings, the latent explorer, the manifold grid and the draw pad.
 */
public final class ExplorerViews implements AutoCloseable {
    private final CoalescingExecutor inference = new CoalescingExecutor("inference", Platform::runLater);
    private final CodecAccess codecs = new CodecAccess(inference);
    private final ScatterView embedding = ScatterView.create(codecs);
    private final Embedding3DView embedding3d = new Embedding3DView(
            new Embedding3DViewModel(ProjectionThreads.executor(), Platform::runLater));
    private final ScatterView explorerScatter = ScatterView.create(codecs);
    private final LatentExplorerView explorer =
            new LatentExplorerView(new LatentExplorerViewModel(codecs), explorerScatter);
    private final ScatterView manifoldScatter = ScatterView.create(codecs);
    private final ManifoldGridViewModel manifoldModel = new ManifoldGridViewModel(codecs);
    private final ManifoldGridView manifold = new ManifoldGridView(manifoldModel, manifoldScatter);
    private final ScatterView drawPadScatter = ScatterView.create(codecs);
    private final DrawPadView drawPad = new DrawPadView(new DrawPadViewModel(codecs), drawPadScatter);
    private EmbeddingData shown;
    /** Views whose codes are older than {@link #shown}. */
    private final java.util.Set<javafx.scene.Node> stale = new java.util.LinkedHashSet<>();
    private boolean variational;


    /**
     * Swaps in the model every view decodes with. {@code make} gets the current codec and runs on
     * the inference thread, where the codec lives; jobs queued after this one see the new codec,
     * and the views then redraw what depends on the weights.
     */
    public void useModel(java.util.function.UnaryOperator<Codec> make, java.util.function.Consumer<String> onError) {
        inference.submit("codec", () -> {
            Codec next = make.apply(codecs.codec());
            codecs.setCodec(next);
            return next;
        }, next -> refreshDecodes(), e -> onError.accept("The model could not be loaded for decoding: " + e.getMessage()));
    }

    /** The shared inference thread and codec. */
    public CodecAccess codecs() {
        return codecs;
    }

    /**
     * Brings each view up to date when its tab comes into view. The tab pane shows the new
     * content after selection listeners have run, hence the deferral.
     */
    public void followTabs(javafx.scene.control.TabPane tabs) {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(this::refreshDecodes));
    }

    /** Redecodes what depends on the weights, and applies newer codes, in the views on screen. */
    public void refreshDecodes() {
        if (shown == null) {
            return;
        }
        applyCodesToShowingViews();
        // New weights arrive several times a second in training: redecode only what is on screen.
        float[] code = explorer.viewModel().codeProperty().get();
        if (code != null && showing(explorer)) {
            explorer.viewModel().setCode(code);
        }
        if (showing(manifold)) {
            manifoldModel.refresh();
        }
    }

    /** True when {@code node} and every parent are visible (a tab's content is hidden when not selected). */
    private static boolean showing(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Whether the model decodes per class (conditional VAE): the explorer then offers the classes. */
    public void setConditional(boolean conditional, java.util.List<String> classNames) {
        explorer.setConditional(conditional, classNames);
    }

    /**
     * Whether the model is variational, known before its first codes arrive: the scatters draw its
     * prior from the first live codes of a run on.
     */
    public void setVariational(boolean variationalModel) {
        variational = variationalModel;
        for (var scatter : java.util.List.of(embedding, explorerScatter, manifoldScatter, drawPadScatter)) {
            scatter.viewModel().variationalProperty().set(variationalModel);
        }
    }

    /**
     * New samples for every view (a new model, a new data set, the full set after training).
     *
     * @param samples which samples these are, in words for the legends (e.g. "training + validation")
     */
    public void showData(EmbeddingData data, String samples, boolean variationalModel) {
        describeSamples(samples);
        shown = data;
        stale.clear();
        variational = variationalModel;
        embedding.viewModel().variationalProperty().set(variationalModel);
        embedding.viewModel().setData(data);
        embedding3d.setData(data);
        explorer.setData(data, variationalModel);
        manifold.setData(data, variationalModel);
        drawPadScatter.viewModel().variationalProperty().set(variationalModel);
        drawPadScatter.viewModel().setData(data);
    }

    /**
     * New codes for the samples shown (during training): the scatters move in place, the sliders
     * and grid keep their settings.
     */
    public void updateCodes(EmbeddingData data, String samples) {
        if (shown == null || shown.size() != data.size() || shown.dim() != data.dim()) {
            showData(data, samples, variational);
            return;
        }
        describeSamples(samples);
        shown = data;
        // Views out of sight catch up when they come into view (refreshDecodes): redrawing them
        // all each epoch would take the UI thread's time from the one being watched.
        stale.clear();
        stale.add(embedding);
        stale.add(embedding3d);
        stale.add(explorer);
        stale.add(manifold);
        stale.add(drawPad);
        applyCodesToShowingViews();
    }

    private void describeSamples(String samples) {
        for (var scatter : java.util.List.of(embedding, explorerScatter, manifoldScatter, drawPadScatter)) {
            scatter.viewModel().samplesProperty().set(samples);
        }
        embedding3d.viewModel().samplesProperty().set(samples);
    }

    private void applyCodesToShowingViews() {
        for (var it = stale.iterator(); it.hasNext(); ) {
            javafx.scene.Node view = it.next();
            if (!showing(view)) {
                continue;
            }
            it.remove();
            float[] codes = shown.codes();
            if (view == embedding) {
                embedding.viewModel().updateCodes(codes);
            } else if (view == embedding3d) {
                embedding3d.viewModel().updateCodes(codes);
            } else if (view == explorer) {
                explorerScatter.viewModel().updateCodes(codes);
            } else if (view == manifold) {
                manifoldScatter.viewModel().updateCodes(codes);
            } else if (view == drawPad) {
                drawPadScatter.viewModel().updateCodes(codes);
            }
        }
    }

    /** The samples shown, or null. */
    public EmbeddingData shown() {
        return shown;
    }

    public ScatterView embedding() {
        return embedding;
    }

    public Embedding3DView embedding3d() {
        return embedding3d;
    }

    public LatentExplorerView explorer() {
        return explorer;
    }

    public ManifoldGridView manifold() {
        return manifold;
    }

    public DrawPadView drawPad() {
        return drawPad;
    }

    /** Waits (off the FX thread) until every queued decode has run; for tests and benchmarks. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        return inference.awaitIdle(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        inference.close();
    }
}
