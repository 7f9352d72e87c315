package latentlab.ui.explorer;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import latentlab.latent.EmbeddingData;
import latentlab.latent.ProjectionMethod;
import latentlab.ui.common.GreyImages;
import latentlab.ui.plot.ScatterView;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * The decoded manifold: one mosaic of the grid's images beside the data scattered on the same two
 * latent dimensions, with the grid's span outlined on the scatter.
 */
public final class ManifoldGridView extends BorderPane implements WorkspaceView {

    private final ManifoldGridViewModel vm;
    private final ScatterView scatter;
    private final LabelledMosaic mosaicPane = new LabelledMosaic();
    private final ImageView mosaic = mosaicPane.view();

    public ManifoldGridView(ManifoldGridViewModel vm, ScatterView scatter) {
        this.vm = vm;
        this.scatter = scatter;
        Spinner<Integer> size = new Spinner<>(3, 30, vm.sizeProperty().get());
        size.setPrefWidth(70);
        size.valueProperty().addListener((o, a, b) -> vm.sizeProperty().set(b));
        Spinner<Integer> x = dimSpinner(vm.dimXProperty().get());
        x.setId("grid-dim-x");
        x.valueProperty().addListener((o, a, b) -> vm.dimXProperty().set(b - 1));
        Spinner<Integer> y = dimSpinner(vm.dimYProperty().get());
        y.setId("grid-dim-y");
        y.valueProperty().addListener((o, a, b) -> vm.dimYProperty().set(b - 1));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        HBox controls = new HBox(6, new Label("Grid"), size, new Label("x = z"), x, new Label("y = z"), y, message);
        mosaic.setId("manifold-mosaic");
        mosaicPane.setPadding(new Insets(0, 8, 0, 0));
        setTop(controls);
        // The mosaic fills its side of the divider; the scatter, its legend under it, takes the other.
        scatter.setCompact(true);
        SplitPane split = new SplitPane(mosaicPane, scatter);
        MosaicDivider.place(split, LabelledMosaic.LEFT - LabelledMosaic.BOTTOM + 8);
        setCenter(split);
        BorderPane.setMargin(controls, new Insets(0, 0, 6, 0));
        setPadding(new Insets(8));
        vm.gridProperty().addListener((o, a, g) -> show(g));
        vm.dimXProperty().addListener((o, a, b) -> followDims());
        vm.dimYProperty().addListener((o, a, b) -> followDims());
    }

    private static Spinner<Integer> dimSpinner(int dim) {
        Spinner<Integer> s = new Spinner<>(1, 1024, dim + 1);
        s.setPrefWidth(64);
        return s;
    }

    /** The grid of one workspace's decoder. */
    public static ManifoldGridView create(ViewContext c) {
        return new ManifoldGridView(new ManifoldGridViewModel(c.codec()), ScatterView.create(c.codec(), c.projections()));
    }

    @Override
    public javafx.scene.Node node() {
        return this;
    }

    @Override
    public void onModel(latentlab.model.ModelSpec spec, java.util.List<String> classNames) {
        scatter.followModel(spec);
    }

    @Override
    public void onData(EmbeddingData data, String samples, boolean variational) {
        scatter.viewModel().samplesProperty().set(samples);
        setData(data, variational);
    }

    @Override
    public void onCodes(EmbeddingData data, String samples) {
        scatter.move(data, samples);
    }

    /** The grid is decoded again with the new weights. */
    @Override
    public void onWeights() {
        vm.refresh();
    }

    public void setData(EmbeddingData data, boolean variationalModel) {
        scatter.show(data, scatter.viewModel().samplesProperty().get(), variationalModel);
        vm.setData(data, variationalModel);
        followDims();
    }

    public ManifoldGridViewModel viewModel() {
        return vm;
    }

    public ImageView mosaic() {
        return mosaic;
    }

    /** The scatter beside the mosaic. */
    public ScatterView scatter() {
        return scatter;
    }

    /** The mosaic with its z values. */
    LabelledMosaic mosaicPane() {
        return mosaicPane;
    }

    /** The scatter shows the grid's two dimensions on its axes. */
    private void followDims() {
        var runner = scatter.viewModel().projection();
        EmbeddingData d = vm.data();
        if (d == null || d.dim() < 2) {
            return;
        }
        runner.setAxis(0, Math.min(vm.dimXProperty().get(), d.dim() - 1));
        runner.setAxis(1, Math.min(vm.dimYProperty().get(), d.dim() - 1));
        if (runner.methodProperty().get() != ProjectionMethod.AXES) {
            runner.methodProperty().set(ProjectionMethod.AXES);
        } else {
            scatter.viewModel().reproject(true);
        }
    }

    private void show(ManifoldGridViewModel.Grid g) {
        int px = g.size() * g.side();
        WritableImage img = new WritableImage(px, px);
        int per = g.side() * g.side();
        for (int r = 0; r < g.size(); r++) {
            for (int c = 0; c < g.size(); c++) {
                GreyImages.write(img, g.images(), (r * g.size() + c) * per, g.side(), 1, c * g.side(), r * g.side());
            }
        }
        String how = vm.isVariational() ? " (prior quantiles)" : " (range of the codes)";
        mosaicPane.show(img, g.xs(), g.ys(), "z" + (g.dimX() + 1) + how, "z" + (g.dimY() + 1) + how);
        double[] xs = g.xs();
        double[] ys = g.ys();
        scatter.plot().setDataRectangle(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
    }
}
