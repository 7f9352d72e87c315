package latentlab.ui.training;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import latentlab.model.LossTerms;
import latentlab.train.checkpoint.EpochMetrics;
import latentlab.ui.workspace.ModelState;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * The Training tab of one model: its loss curves, and its reconstructions of a fixed panel of
 * validation images below them, both following the model's training as it happens.
 */
public final class TrainingTab implements WorkspaceView {
    private final LossChartViewModel chart = new LossChartViewModel();
    private final LossChartView chartView = new LossChartView(chart);
    private final ReconstructionPanel reconstructions = new ReconstructionPanel(2);
    private final BorderPane node = new BorderPane(chartView);

    public TrainingTab(ModelState model) {
        node.setBottom(reconstructions);
        model.history().addListener((ListChangeListener<EpochMetrics>) c -> {
            boolean appendedOnly = true;
            while (c.next()) {
                appendedOnly &= c.wasAdded() && !c.wasRemoved() && !c.wasReplaced() && !c.wasPermutated();
            }
            c.reset();
            if (appendedOnly) {
                while (c.next()) {
                    c.getAddedSubList().forEach(this::chartEpoch);
                }
            } else {
                // A new run or an opened checkpoint: the chart shows exactly the new history.
                chart.clear();
                c.getList().forEach(this::chartEpoch);
            }
        });
        model.lastBatchProperty().addListener((o, old, b) -> {
            if (b != null && b.losses().get(LossTerms.TOTAL) != null) {
                chart.addBatchPoint(b.epoch(), b.losses().get(LossTerms.TOTAL), model.learningRateProperty().get());
            }
        });
        model.reconstructionsProperty().addListener((o, old, r) -> {
            if (r != null) {
                reconstructions.show(r.originals(), r.reconstructions(), r.labels().length, r.imageSide(),
                        "epoch " + r.epoch());
            } else {
                reconstructions.imageView().setImage(null);
            }
        });
    }

    /** The Training tab of one workspace's model. */
    public static TrainingTab create(ViewContext c) {
        return new TrainingTab(c.model());
    }

    @Override
    public Node node() {
        return node;
    }

    public LossChartView chart() {
        return chartView;
    }

    public ReconstructionPanel reconstructions() {
        return reconstructions;
    }

    private void chartEpoch(EpochMetrics m) {
        chart.addEpoch(m.epoch(), withoutSwitchedOffTerms(m.train()), withoutSwitchedOffTerms(m.validation()));
    }

    /** Terms that are exactly 0 are penalties switched off (weight 0): curves of them only add clutter. */
    static Map<String, Double> withoutSwitchedOffTerms(Map<String, Double> terms) {
        Map<String, Double> out = new LinkedHashMap<>();
        terms.forEach((k, v) -> {
            if (v != null && v != 0.0) {
                out.put(k, v);
            }
        });
        return out;
    }
}
