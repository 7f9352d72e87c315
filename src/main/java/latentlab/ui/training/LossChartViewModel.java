package latentlab.ui.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Loss curves of a training run: the per-batch total loss, and per epoch each term for training
 * and validation. Points may be added from any thread; they wait in a buffer until the view
 * calls {@link #flush()} (every ~50 ms), so the chart changes at most that often whatever the
 * batch rate. Per-batch points are thinned (pairs averaged) beyond {@link #MAX_BATCH_POINTS}.
 */
public final class LossChartViewModel {

    public static final String BATCH_SERIES = "total (batches)";
    public static final int MAX_BATCH_POINTS = 2000;

    /** A point of a curve: x in epochs (fractions for batches), y the loss. */
    public record Point(double x, double y) {
    }

    /** The epoch axis: from 0 to a whole number of epochs, ticked at whole epochs. */
    public record EpochAxis(double upper, double tick) {
    }

    /** What one flush changed: points appended per series, or the whole chart to redraw. */
    public record Changes(Map<String, List<Point>> appended, boolean rebuild) {
        public boolean isEmpty() {
            return appended.isEmpty() && !rebuild;
        }
    }

    private final Map<String, List<Point>> pending = new LinkedHashMap<>();
    private final Map<String, List<Point>> series = new LinkedHashMap<>();
    private final BooleanProperty logScale = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper();
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("No training yet");
    private double pendingLearningRate = Double.NaN;
    private int pendingEpoch = -1;
    private String pendingReadout;
    private boolean pendingClear;

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty learningRateProperty() {
        return learningRate.getReadOnlyProperty();
    }

    /** "Epoch 3 · train total 0.1234 · val total 0.1301" */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** One training batch: {@code epochPosition} counts epochs, e.g. 2.5 is halfway through the third. */
    public synchronized void addBatchPoint(double epochPosition, double totalLoss, double lr) {
        if (Double.isFinite(totalLoss)) {
            pending.computeIfAbsent(BATCH_SERIES, k -> new ArrayList<>()).add(new Point(epochPosition, totalLoss));
        }
        pendingLearningRate = lr;
    }

    /** The mean of each loss term over epoch {@code e} (1-based), for training and validation (may be empty). */
    public synchronized void addEpoch(int e, Map<String, Double> train, Map<String, Double> val) {
        // The learning rate has its own readout beside this one.
        StringBuilder text = new StringBuilder("Epoch " + e);
        add(e, train, " (train)", text);
        add(e, val, " (val)", text);
        pendingEpoch = e;
        pendingReadout = text.toString();
    }

    private void add(int e, Map<String, Double> terms, String suffix, StringBuilder text) {
        for (var t : terms.entrySet()) {
            if (t.getValue() != null && Double.isFinite(t.getValue())) {
                pending.computeIfAbsent(t.getKey() + suffix, k -> new ArrayList<>()).add(new Point(e, t.getValue()));
                if (t.getKey().equals("total")) {
                    text.append(String.format("  \u00b7  %s %s %.4f", suffix.strip().replaceAll("[()]", ""), t.getKey(), t.getValue()));
                }
            }
        }
    }

    /** Forgets all curves (a new run). */
    public synchronized void clear() {
        pending.clear();
        pendingClear = true;
        pendingEpoch = 0;
        pendingReadout = "No training yet";
        pendingLearningRate = Double.NaN;
    }

    /** Moves buffered points into the curves; call on the FX thread. */
    public Changes flush() {
        Map<String, List<Point>> taken;
        boolean rebuild;
        synchronized (this) {
            taken = new LinkedHashMap<>(pending);
            pending.clear();
            rebuild = pendingClear;
            pendingClear = false;
            if (pendingEpoch >= 0) {
                epoch.set(pendingEpoch);
                readout.set(pendingReadout);
                pendingEpoch = -1;
            }
            learningRate.set(pendingLearningRate);
        }
        if (rebuild) {
            series.clear();
        }
        for (var e : taken.entrySet()) {
            series.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
        }
        List<Point> batches = series.get(BATCH_SERIES);
        if (batches != null && batches.size() > MAX_BATCH_POINTS) {
            series.put(BATCH_SERIES, halve(batches));
            rebuild = true;
        }
        return new Changes(taken, rebuild);
    }

    /** All points of every curve, by name, in the order the curves appeared. */
    public Map<String, List<Point>> series() {
        return series;
    }

    /**
     * The epoch axis for the curves so far: up to the next whole epoch (at least 1), with ticks
     * every 1, 2, 5, 10, ... epochs so that at most about ten are labelled.
     */
    public EpochAxis epochAxis() {
        double max = 0;
        for (List<Point> points : series.values()) {
            for (Point p : points) {
                max = Math.max(max, p.x());
            }
        }
        double upper = Math.max(1, Math.ceil(max - 1e-9));
        double tick = 1;
        for (int k = 0; upper / tick > 10; k++) {
            tick = new double[] {2, 5, 10}[k % 3] * Math.pow(10, k / 3);
        }
        return new EpochAxis(upper, tick);
    }

    private static List<Point> halve(List<Point> points) {
        List<Point> out = new ArrayList<>(points.size() / 2 + 1);
        for (int i = 0; i + 1 < points.size(); i += 2) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            out.add(new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2));
        }
        if (points.size() % 2 == 1) {
            out.add(points.get(points.size() - 1));
        }
        return out;
    }
}
