package latentlab.ui.plot;

import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import latentlab.latent.EmbeddingData;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.common.SampleCard;
import latentlab.ui.task.TaskExecutor;

/**
 * The scatter widget: every sample as a point of a 2D projection of its code, coloured by class,
 * on axes with ticks, with the projection and layer controls above and the class legend beside it. Hovering shows the image and
 * its reconstruction; a click pins a sample beside the plot; the legend hides classes. The
 * Embedding 2D tab shows it alone; the latent explorer, the manifold grid and the draw pad embed
 * it beside their own controls.
 */
public final class ScatterView extends BorderPane {

    private static final int CARD_SCALE = 3;
    private static final double SIDE_WIDTH = 180;

    private final ScatterViewModel vm;
    private final CodecAccess codec;
    private final ScatterPlot plot;
    private final ScatterAxes axes;
    private final ClassLegend legend;
    private final SampleCard hoverCard = new SampleCard(CARD_SCALE);
    private final SampleCard pinnedCard = new SampleCard(CARD_SCALE);
    private final Tooltip tooltip = new Tooltip();
    private final Label selectionLabel = new Label();
    private final Object hoverKey = new Object();
    private final Object pinKey = new Object();
    private final VBox side = new VBox(10);

    /** @param codec the model for reconstructions; without one, tooltips show the image only */
    public ScatterView(ScatterViewModel vm, CodecAccess codec) {
        this.vm = vm;
        this.codec = codec;
        this.plot = new ScatterPlot(vm);
        this.axes = new ScatterAxes(vm, plot);
        this.legend = new ClassLegend(vm.choice()::setHidden);
        tooltip.setGraphic(hoverCard);
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setHideDelay(Duration.ZERO);
        pinnedCard.setVisible(false);
        pinnedCard.managedProperty().bind(pinnedCard.visibleProperty());
        Label hint = new Label("Drag: pan\nScroll: zoom\nShift-drag: select a box\nAlt/Ctrl-drag: lasso\nClick: pin a sample");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        selectionLabel.setId("selection-count");
        selectionLabel.setWrapText(true);
        selectionLabel.setMinHeight(Region.USE_PREF_SIZE);
        selectionLabel.textProperty().bind(vm.choice().textProperty());
        hint.setId("scatter-hint");
        ToggleButton drawPath = new ToggleButton("Draw a path");
        drawPath.setId("draw-path");
        drawPath.setTooltip(new Tooltip("While on, drag over the plot to draw a path; the Traversal tab plays it"
                + " in every model"));
        drawPath.selectedProperty().bindBidirectional(vm.path().drawingProperty());
        Label pathMessage = new Label();
        pathMessage.setId("path-message");
        pathMessage.setWrapText(true);
        pathMessage.setMinHeight(Region.USE_PREF_SIZE);
        pathMessage.textProperty().bind(vm.path().messageProperty());
        side.getChildren().setAll(legend, new HoleMapLegend(vm.layers(), plot.colorsProperty()), selectionLabel,
                pinnedCard, drawPath, pathMessage, hint);
        side.setPadding(new Insets(0, 0, 0, 8));
        side.setPrefWidth(SIDE_WIDTH);
        ProjectionBar bar = new ProjectionBar(vm.projection(), () -> vm.reproject(false), vm::fit);
        bar.addOptions(PlotOptions.of(vm));
        setTop(bar);
        setCenter(axes);
        setRight(side);
        BorderPane.setMargin(getTop(), new Insets(0, 0, 6, 0));
        setPadding(new Insets(8));
        vm.dataProperty().addListener((o, a, d) -> {
            if (a == null || d.classNames() != a.classNames() || d.labels() != a.labels()) {
                legend.setClasses(d.classNames(), d.labels());
            }
        });
        legend.samplesProperty().bind(vm.samplesProperty());
        legend.setDarkBackground(plot.colorsProperty().get().dark());
        plot.colorsProperty().addListener((o, a, c) -> legend.setDarkBackground(c.dark()));
        vm.hoveredProperty().addListener((o, a, i) -> showHover(i.intValue()));
        vm.pinnedProperty().addListener((o, a, i) -> showPinned(i.intValue()));
    }

    /**
     * A model of {@code spec}'s kind is loaded: a variational one gets its prior drawn from its
     * first live codes on, before the whole set is encoded.
     */
    public void followModel(latentlab.model.ModelSpec spec) {
        vm.variationalProperty().set(spec.kind().isVariational());
    }

    /**
     * New samples to plot; {@code samples} says which they are, for the legend, and
     * {@code variational} whether the model that made them has a prior N(0, I).
     */
    public void show(EmbeddingData data, String samples, boolean variational) {
        vm.variationalProperty().set(variational);
        vm.samplesProperty().set(samples);
        vm.setData(data);
    }

    /** New codes of the samples plotted: the points move. */
    public void move(EmbeddingData data, String samples) {
        vm.samplesProperty().set(samples);
        vm.updateCodes(data.codes());
    }

    /**
     * Compact: the legend runs along rows under the plot and the mouse hints are left out, so a
     * narrow column (beside the manifold grid) still gives the plot its width.
     */
    public void setCompact(boolean compact) {
        legend.setHorizontal(compact);
        side.getChildren().get(side.getChildren().size() - 1).setVisible(!compact);
        side.getChildren().get(side.getChildren().size() - 1).setManaged(!compact);
        side.setPadding(compact ? new Insets(6, 0, 0, 0) : new Insets(0, 0, 0, 8));
        side.setPrefWidth(compact ? Region.USE_COMPUTED_SIZE : SIDE_WIDTH);
        setRight(compact ? null : side);
        setBottom(compact ? side : null);
    }

    public ScatterViewModel viewModel() {
        return vm;
    }

    public ScatterPlot plot() {
        return plot;
    }

    /** The plot with its axes. */
    public ScatterAxes axes() {
        return axes;
    }

    ClassLegend legend() {
        return legend;
    }

    public Tooltip hoverTooltip() {
        return tooltip;
    }

    public SampleCard hoverCard() {
        return hoverCard;
    }

    private void showHover(int sample) {
        EmbeddingData d = vm.dataProperty().get();
        if (sample < 0 || d == null) {
            tooltip.hide();
            return;
        }
        fill(hoverCard, hoverKey, d, sample);
        var p = plot.localToScreen(0, 0);
        if (p != null) {
            double[] s = screenOfHover(sample);
            tooltip.show(plot, p.getX() + s[0] + 14, p.getY() + s[1] + 14);
        }
    }

    private double[] screenOfHover(int sample) {
        var proj = vm.projectedProperty().get();
        int k = Arrays.binarySearch(proj.indices(), sample);
        var t = vm.transform();
        return k < 0 ? new double[] {0, 0}
                : new double[] {t.toScreenX(proj.points()[2 * k]), t.toScreenY(proj.points()[2 * k + 1])};
    }

    private void showPinned(int sample) {
        EmbeddingData d = vm.dataProperty().get();
        pinnedCard.setVisible(sample >= 0 && d != null);
        if (sample >= 0 && d != null) {
            fill(pinnedCard, pinKey, d, sample);
        }
    }

    private void fill(SampleCard card, Object key, EmbeddingData d, int sample) {
        card.show(d.classNames().get(d.labels()[sample]) + "  \u00b7  sample #" + sample, d.image(sample), d.side());
        if (codec != null && codec.hasCodec()) {
            codec.decode(key, d.code(sample), d.labels()[sample], img -> {
                if (vm.hoveredProperty().get() == sample || vm.pinnedProperty().get() == sample) {
                    card.showReconstruction(img, d.side());
                }
            }, err -> card.caption().setText(card.caption().getText() + "\n" + err));
        }
    }

    /** A scatter of one model's codes, projected on {@code projections}, reconstructing with {@code codec}. */
    public static ScatterView create(CodecAccess codec, TaskExecutor projections) {
        return new ScatterView(new ScatterViewModel(projections), codec);
    }
}
