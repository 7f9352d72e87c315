package latentlab.ui.anomaly;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import latentlab.latent.apps.AnomalyReport;
import latentlab.latent.apps.Histogram;
import latentlab.ui.common.GreyImages;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * The Anomaly tab: how badly each validation image is reconstructed (a histogram of per-pixel
 * MSE), the worst ones beside their reconstructions, and the ROC curve and AUC of the error as an
 * anomaly score for a chosen normal class.
 */
public final class AnomalyView extends BorderPane implements WorkspaceView {
    private static final double HIST_W = 420;
    private static final double HIST_H = 220;

    private final AnomalyViewModel vm;
    private final Pane histogram = new Pane();
    private final Label histogramRange = new Label();
    private final XYChart.Series<Number, Number> roc = new XYChart.Series<>();
    private final TilePane worst = new TilePane(8, 8);
    private final ComboBox<String> normal = new ComboBox<>();

    public AnomalyView(AnomalyViewModel vm) {
        this.vm = vm;
        Button compute = new Button("Compute");
        compute.setMinWidth(Region.USE_PREF_SIZE);
        compute.setId("anomaly-compute");
        compute.setOnAction(e -> vm.compute(Math.max(0, normal.getSelectionModel().getSelectedIndex())));
        compute.disableProperty().bind(vm.computation().runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.computation().runningProperty().not());
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.visibleProperty().bind(vm.computation().runningProperty());
        normal.setId("anomaly-normal");
        normal.setOnAction(e -> {
            int k = normal.getSelectionModel().getSelectedIndex();
            if (k >= 0) {
                vm.chooseNormal(k);
            }
        });
        vm.classesProperty().addListener((o, a, names) -> {
            if (!names.equals(normal.getItems())) {
                // The class the figures were computed for stays chosen (the first one at first).
                int keep = Math.max(0, normal.getSelectionModel().getSelectedIndex());
                normal.setItems(FXCollections.observableArrayList(names));
                if (!names.isEmpty()) {
                    normal.getSelectionModel().select(Math.min(keep, names.size() - 1));
                }
            }
        });
        Label status = new Label();
        status.setId("anomaly-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.computation().statusProperty());
        Label setting = new Label("The proper setting: a model trained on one class only (latentlab train --dataset"
                + " mnist:1) reconstructs that class well and the others badly, so a large error flags an anomaly."
                + " Open the full data set beside it to score every class.");
        setting.setWrapText(true);
        setting.getStyleClass().add("hint");
        HBox controls = new HBox(8, compute, cancel, bar, new Label("Normal class:"), normal);
        VBox top = new VBox(6, controls, status, setting);

        histogram.setId("anomaly-histogram");
        histogram.setPrefSize(HIST_W, HIST_H);
        histogram.setMinSize(HIST_W, HIST_H);
        histogram.setMaxSize(HIST_W, HIST_H);
        VBox histBox = new VBox(4, new Label("Per-pixel MSE of every validation image"), histogram, histogramRange);
        NumberAxis x = new NumberAxis("false alarms (FPR)", 0, 1, 0.2);
        NumberAxis y = new NumberAxis("anomalies caught (TPR)", 0, 1, 0.2);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("anomaly-roc");
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(380, 300);
        chart.getData().add(roc);
        Label aucNote = new Label();
        aucNote.setId("anomaly-auc");
        aucNote.setWrapText(true);
        aucNote.setMaxWidth(380);
        aucNote.textProperty().bind(vm.rocNoteProperty());
        // Side by side where they fit; the ROC panel below the histogram where they do not (two models
        // side by side), rather than beyond the view's right edge.
        javafx.scene.layout.FlowPane charts = new javafx.scene.layout.FlowPane(16, 10, histBox,
                new VBox(4, chart, aucNote));
        charts.setId("anomaly-charts");
        worst.setId("anomaly-worst");
        VBox center = new VBox(10, charts, new Label("Worst reconstructed (image | reconstruction)"), worst);
        center.setPadding(new Insets(8, 0, 0, 0));

        vm.histogramProperty().addListener((o, a, h) -> drawHistogram(h));
        vm.reportProperty().addListener((o, a, r) -> drawRoc(r));
        vm.worstProperty().addListener((o, a, w) -> worst.getChildren().setAll(w.stream().map(this::thumb).toList()));
        setTop(top);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(center);
        // The charts wrap at the view's width; what is wider still (the row of worst images) scrolls.
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setPadding(new Insets(8));
    }

    /** The anomaly view of one workspace's model, on its inference thread. */
    public static AnomalyView create(ViewContext c) {
        return new AnomalyView(new AnomalyViewModel(c.codec().executor(), c.codec()::codec, c.data()));
    }

    public AnomalyViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return this;
    }

    private void drawHistogram(Histogram h) {
        Path bars = new Path();
        bars.getStyleClass().add("histogram-bars");
        bars.setStyle("-fx-fill: -color-accent-muted; -fx-stroke: -color-accent-emphasis;");
        int peak = 1;
        for (int c : h.counts()) {
            peak = Math.max(peak, c);
        }
        double w = HIST_W / h.bins();
        for (int k = 0; k < h.bins(); k++) {
            double bh = HIST_H * h.counts()[k] / peak;
            if (bh > 0) {
                bars.getElements().addAll(new MoveTo(k * w, HIST_H), new LineTo(k * w, HIST_H - bh),
                        new LineTo((k + 1) * w, HIST_H - bh), new LineTo((k + 1) * w, HIST_H));
            }
        }
        histogram.getChildren().setAll(bars);
        histogramRange.setText(String.format(Locale.ROOT, "%.4g ... %.4g, %d bins (%s), tallest %d images",
                h.edges()[0], h.edges()[h.bins()], h.bins(), h.rule(), peak));
    }

    private void drawRoc(AnomalyReport r) {
        roc.getData().clear();
        if (r == null) {
            return;
        }
        double[] fpr = r.roc().falsePositiveRate();
        double[] tpr = r.roc().truePositiveRate();
        for (int i = 0; i < fpr.length; i++) {
            roc.getData().add(new XYChart.Data<>(fpr[i], tpr[i]));
        }
    }

    private Node thumb(AnomalyViewModel.Sample s) {
        int side = vm.side();
        ImageView image = new ImageView(GreyImages.image(s.image(), 0, side, 2));
        ImageView rec = new ImageView(GreyImages.image(s.reconstruction(), 0, side, 2));
        Label caption = new Label(String.format(Locale.ROOT, "%s  %.4f", s.label(), s.error()));
        caption.getStyleClass().add("anomaly-caption");
        return new VBox(2, new HBox(2, image, rec), caption);
    }
}
