package latentlab.ui.histogram;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polyline;
import latentlab.latent.EmbeddingData;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * The Codes tab: a histogram of the codes in each latent dimension, so a dimension the model does
 * not use, or a range far from the prior's, shows at a glance. Bars and lines take the theme's
 * colours, so both themes read alike.
 */
public final class CodeHistogramView extends BorderPane implements WorkspaceView {

    /** Plot sizes, larger for few dimensions: {dimensions up to, width, height}. */
    private static final double[][] SIZES = {{2, 420, 180}, {8, 300, 120}, {Integer.MAX_VALUE, 240, 90}};

    private final CodeHistogramViewModel vm;
    private final TilePane cells = new TilePane(12, 12);

    public CodeHistogramView(CodeHistogramViewModel vm) {
        this.vm = vm;
        Label summary = new Label();
        summary.setId("histogram-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        cells.setId("code-histograms");
        cells.setPadding(new Insets(8, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(cells);
        scroll.setFitToWidth(true);
        setTop(summary);
        setCenter(scroll);
        setPadding(new Insets(8));
        vm.dimensionsProperty().addListener((o, a, dims) -> show(dims));
    }

    /** The histograms of one workspace's codes. */
    public static CodeHistogramView create(ViewContext c) {
        return new CodeHistogramView(new CodeHistogramViewModel());
    }

    public CodeHistogramViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void onData(EmbeddingData data, String samples, boolean variational) {
        vm.setData(data, variational);
    }

    @Override
    public void onCodes(EmbeddingData data, String samples) {
        vm.updateCodes(data);
    }

    private void show(List<CodeHistogramViewModel.Dimension> dims) {
        double[] size = SIZES[SIZES.length - 1];
        for (double[] s : SIZES) {
            if (dims.size() <= s[0]) {
                size = s;
                break;
            }
        }
        double width = size[1];
        double height = size[2];
        cells.getChildren().setAll(dims.stream().map(d -> cell(d, width, height)).toList());
    }

    private static Node cell(CodeHistogramViewModel.Dimension d, double width, double height) {
        double peak = d.peak();
        double bar = width / d.counts().length;
        Path bars = new Path();
        for (int k = 0; k < d.counts().length; k++) {
            double h = height * d.counts()[k] / peak;
            if (h > 0) {
                bars.getElements().addAll(new MoveTo(k * bar, height), new LineTo(k * bar, height - h),
                        new LineTo((k + 1) * bar, height - h), new LineTo((k + 1) * bar, height));
            }
        }
        bars.getStyleClass().add("histogram-bars");
        bars.setStyle("-fx-fill: -color-accent-muted; -fx-stroke: -color-accent-emphasis;");
        Pane plot = new Pane(bars);
        if (d.prior() != null) {
            Polyline prior = new Polyline();
            for (int k = 0; k < d.prior().length; k++) {
                prior.getPoints().addAll((k + 0.5) * bar, height - height * d.prior()[k] / peak);
            }
            prior.getStyleClass().add("histogram-prior");
            prior.setStyle("-fx-stroke: -color-fg-default; -fx-stroke-width: 1.5; -fx-stroke-dash-array: 5 3;");
            plot.getChildren().add(prior);
        }
        plot.setMinSize(width, height);
        plot.setPrefSize(width, height);
        plot.setMaxSize(width, height);
        plot.setStyle("-fx-border-color: transparent transparent -color-border-default transparent;");
        Label caption = new Label(d.caption());
        caption.getStyleClass().add("histogram-caption");
        if (!d.active()) {
            caption.setStyle("-fx-text-fill: -color-danger-fg;");
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label low = new Label(String.format(Locale.ROOT, "%+.1f", d.low()));
        Label high = new Label(String.format(Locale.ROOT, "%+.1f", d.high()));
        low.getStyleClass().add("hint");
        high.getStyleClass().add("hint");
        HBox range = new HBox(low, gap, high);
        range.setMaxWidth(width);
        VBox box = new VBox(2, caption, plot, range);
        box.getStyleClass().add("histogram-cell");
        return box;
    }
}
