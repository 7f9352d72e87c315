package latentlab.ui.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Live loss curves. The chart takes the view model's buffered points every 50 ms, so a fast
 * training loop costs the FX thread one small update per tick. Log scale plots log10 of the loss
 * with ticks labelled as powers of ten.
 */
public final class LossChartView extends BorderPane {

    private static final Duration TICK = Duration.millis(50);

    private final LossChartViewModel vm;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final Map<String, XYChart.Series<Number, Number>> lines = new HashMap<>();
    /**
     * Takes the buffered points while the chart is on screen: laying out a chart of thousands of points
     * 20 times a second behind another tab took the window's frames while a model trained. A hidden
     * chart catches up on the first tick after it shows.
     */
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> {
        if (latentlab.ui.common.Showing.of(chart)) {
            pull();
        }
    }));
    private final FlowPane legend = new FlowPane(14, 4);

    public LossChartView(LossChartViewModel vm) {
        this.vm = vm;
        xAxis.setLabel("epoch");
        // Epochs are counted whole: the axis is set from the curves, never ticked at quarter epochs.
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(0);
        xAxis.setUpperBound(1);
        xAxis.setTickUnit(1);
        xAxis.setMinorTickVisible(false);
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return String.format("%d", Math.round(v.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        yAxis.setForceZeroInRange(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false); // a symbol is a node per point: thousands of batch points would weigh on every layout
        chart.setId("loss-chart");
        // Our own legend shows each curve's line as drawn: the chart's shows only its colour.
        chart.setLegendVisible(false);
        legend.setId("loss-legend");
        legend.setPadding(new Insets(0, 8, 4, 60));
        CheckBox log = new CheckBox("Log scale");
        log.setId("log-scale");
        log.selectedProperty().bindBidirectional(vm.logScaleProperty());
        Label readout = new Label();
        readout.setId("loss-readout");
        readout.textProperty().bind(vm.readoutProperty());
        Label lr = new Label();
        lr.setId("learning-rate");
        lr.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            double v = vm.learningRateProperty().get();
            return Double.isFinite(v) ? String.format("learning rate %.1e", v) : "";
        }, vm.learningRateProperty()));
        HBox top = new HBox(12, readout, lr, log);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(chart);
        setBottom(legend);
        vm.logScaleProperty().addListener((o, a, b) -> rebuild());
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });
        yAxis.setLabel("loss");
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    /** Takes buffered points now (the ticker does this every 50 ms). */
    public void pull() {
        var changes = vm.flush();
        if (changes.rebuild()) {
            rebuild();
            return;
        }
        for (var e : changes.appended().entrySet()) {
            append(line(e.getKey()), e.getValue());
        }
        if (!changes.isEmpty()) {
            fitEpochAxis();
        }
    }

    public FlowPane legend() {
        return legend;
    }

    private void fitEpochAxis() {
        var axis = vm.epochAxis();
        xAxis.setUpperBound(axis.upper());
        xAxis.setTickUnit(axis.tick());
    }

    private XYChart.Series<Number, Number> line(String name) {
        return lines.computeIfAbsent(name, n -> {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(n);
            LossLineStyle style = LossLineStyle.of(n);
            // Lower layers first: later series are drawn over earlier ones.
            int at = 0;
            while (at < chart.getData().size()
                    && LossLineStyle.of(chart.getData().get(at).getName()).layer() <= style.layer()) {
                at++;
            }
            chart.getData().add(at, s);
            s.getNode().setStyle(style.css());
            legend.getChildren().add(at, legendEntry(n, style));
            return s;
        });
    }

    private static HBox legendEntry(String name, LossLineStyle style) {
        Line sample = new Line(0, 0, 26, 0);
        sample.setStyle(style.css());
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox entry = new HBox(5, sample, label);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setUserData(name);
        return entry;
    }

    private void append(XYChart.Series<Number, Number> s, List<LossChartViewModel.Point> points) {
        boolean log = vm.logScaleProperty().get();
        var data = new java.util.ArrayList<XYChart.Data<Number, Number>>(points.size());
        for (var p : points) {
            if (!log || p.y() > 0) {
                var d = new XYChart.Data<Number, Number>(p.x(), log ? Math.log10(p.y()) : p.y());
                data.add(d);
            }
        }
        s.getData().addAll(data);
        if (s.getName().equals(LossChartViewModel.BATCH_SERIES)) {
            for (var d : data) {
                if (d.getNode() != null) {
                    d.getNode().setVisible(false);
                }
            }
        }
    }

    private void rebuild() {
        chart.getData().clear();
        legend.getChildren().clear();
        lines.clear();
        boolean log = vm.logScaleProperty().get();
        yAxis.setLabel(log ? "loss (log scale)" : "loss");
        yAxis.setTickLabelFormatter(log ? new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return String.format("%.3g", Math.pow(10, v.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        } : null);
        for (var e : vm.series().entrySet()) {
            append(line(e.getKey()), e.getValue());
        }
        fitEpochAxis();
    }
}
