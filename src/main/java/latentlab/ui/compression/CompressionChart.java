package latentlab.ui.compression;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import latentlab.latent.apps.ErrorMetric;

/**
 * The compression chart: code size on a log2 axis (ticks at 2, 4, 8, 16, 32), validation error
 * per pixel on the other, one line with markers per model and a legend naming them.
 */
final class CompressionChart extends LineChart<Number, Number> {
    /** Room left and right of the first and last code size, in doublings. */
    private static final double MARGIN = 0.3;

    CompressionChart() {
        super(new NumberAxis(), new NumberAxis());
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLabel("code size: numbers per code (log2 scale)");
        x.setAutoRanging(false);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number log2) {
                double v = Math.pow(2, log2.doubleValue());
                return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
            }

            @Override
            public Number fromString(String s) {
                return Math.log(Double.parseDouble(s)) / Math.log(2);
            }
        });
        setCreateSymbols(true);
        setAnimated(false);
        setLegendVisible(true);
        setId("compression-chart");
        show(List.of());
        setMetric(ErrorMetric.BCE);
    }

    /** Draws {@code lines}; their errors are in the unit {@link #setMetric} names. */
    void show(List<CompressionViewModel.Line> lines) {
        NumberAxis x = (NumberAxis) getXAxis();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        getData().clear();
        for (CompressionViewModel.Line line : lines) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(CompressionReading.name(line.kind()));
            for (CompressionViewModel.Mark m : line.marks()) {
                double at = log2(m.codeSize());
                lo = Math.min(lo, at);
                hi = Math.max(hi, at);
                s.getData().add(new XYChart.Data<>(at, m.error()));
            }
            getData().add(s);
        }
        NumberAxis y = (NumberAxis) getYAxis();
        // An empty chart keeps the course's sizes and a small error range, not the axis's 0..100.
        y.setAutoRanging(lo <= hi);
        if (lo > hi) {
            lo = 1;
            hi = 5;
            y.setLowerBound(0);
            y.setUpperBound(0.3);
            y.setTickUnit(0.05);
        }
        x.setLowerBound(Math.floor(lo) - MARGIN);
        x.setUpperBound(Math.ceil(hi) + MARGIN);
    }

    /** Names the error's unit on the y axis (the lines in that unit come with {@link #show}). */
    void setMetric(ErrorMetric metric) {
        getYAxis().setLabel(metric == ErrorMetric.BCE
                ? "validation error: per-pixel BCE (nats per pixel)"
                : "validation error: per-pixel MSE (squared intensity, 0..1)");
    }

    static double log2(int size) {
        return Math.log(size) / Math.log(2);
    }
}
