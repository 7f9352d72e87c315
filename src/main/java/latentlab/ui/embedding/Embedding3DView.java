package latentlab.ui.embedding;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import latentlab.latent.EmbeddingData;
import latentlab.ui.plot.ClassLegend;
import latentlab.ui.plot.ProjectionBar;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * The embedding in 3D: latent axes for codes of 3, otherwise a 3-component projection. Drawn with
 * JavaFX 3D (one mesh) where the platform supports it, else with the pixel renderer, which is
 * never blank: a software pipeline or a remote desktop still gets a turning point cloud.
 */
public final class Embedding3DView extends BorderPane implements WorkspaceView {

    private final Embedding3DViewModel vm;
    private final Node scatter;
    private final Label hoverLabel = new Label("Hover a point to identify it");

    public Embedding3DView(Embedding3DViewModel vm) {
        this(vm, Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /** @param use3d draw with JavaFX 3D; false forces the pixel renderer */
    public Embedding3DView(Embedding3DViewModel vm, boolean use3d) {
        this.vm = vm;
        this.scatter = use3d ? new Scatter3DMesh(vm) : new Scatter3DCanvas(vm);
        ClassLegend legend = new ClassLegend(vm::setHidden);
        legend.samplesProperty().bind(vm.samplesProperty());
        var colors = scatter instanceof Scatter3DMesh mesh ? mesh.colorsProperty()
                : ((Scatter3DCanvas) scatter).colorsProperty();
        legend.setDarkBackground(colors.get().dark());
        colors.addListener((o, a, c) -> legend.setDarkBackground(c.dark()));
        hoverLabel.setId("hover-3d");
        Label how = new Label((use3d ? "3D" : "3D drawn in software") + "\nDrag: rotate  \u00b7  Scroll: zoom");
        how.getStyleClass().add("hint");
        how.setWrapText(true);
        VBox side = new VBox(10, legend, hoverLabel, how);
        side.setPadding(new Insets(0, 0, 0, 8));
        side.setPrefWidth(200);
        setTop(new ProjectionBar(vm.projection(), vm::reproject, vm::fit));
        setCenter(scatter);
        setRight(side);
        setPadding(new Insets(8));
        BorderPane.setMargin(getTop(), new Insets(0, 0, 6, 0));
        vm.dataProperty().addListener((o, a, d) -> {
            if (a == null || a.labels() != d.labels()) {
                legend.setClasses(d.classNames(), d.labels());
            }
        });
        vm.hoveredProperty().addListener((o, a, i) -> hoverLabel.setText(
                i.intValue() < 0 ? "Hover a point to identify it" : vm.describe(i.intValue())));
    }

    /** The view of one workspace's codes. */
    public static Embedding3DView create(ViewContext c) {
        return new Embedding3DView(new Embedding3DViewModel(c.projections()));
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void onData(EmbeddingData data, String samples, boolean variational) {
        vm.samplesProperty().set(samples);
        vm.setData(data);
    }

    @Override
    public void onCodes(EmbeddingData data, String samples) {
        vm.samplesProperty().set(samples);
        vm.updateCodes(data.codes());
    }

    public Embedding3DViewModel viewModel() {
        return vm;
    }

    /** The node drawing the points: a {@link Scatter3DMesh} or a {@link Scatter3DCanvas}. */
    public Node scatter() {
        return scatter;
    }

    public void setData(EmbeddingData data) {
        vm.setData(data);
    }
}
