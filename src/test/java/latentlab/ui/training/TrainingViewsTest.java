package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainingViewsTest {

    private final LossChartViewModel vm = new LossChartViewModel();
    private LossChartView chart;
    private ReconstructionPanel recon;

    @Start
    void start(Stage stage) {
        chart = new LossChartView(vm);
        recon = new ReconstructionPanel(2);
        stage.setScene(new Scene(new VBox(chart, recon), 900, 700));
        stage.show();
    }

    @Test
    void curvesArriveFromAnotherThreadAndLogScaleKeepsThem(FxRobot robot) throws Exception {
        Thread trainer = new Thread(() -> {
            for (int e = 1; e <= 3; e++) {
                for (int b = 0; b < 50; b++) {
                    vm.addBatchPoint(e - 1 + b / 50.0, 1.0 / (e + b / 50.0), 1e-3);
                }
                vm.addEpoch(e, Map.of("total", 1.0 / e, "kl", 0.1 / e), Map.of("total", 1.1 / e));
            }
        });
        trainer.start();
        trainer.join();
        robot.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, chart.chart().getData().size());
        assertEquals(150, chart.chart().getData().stream()
                .filter(s -> s.getName().equals(LossChartViewModel.BATCH_SERIES)).findFirst().orElseThrow().getData().size());
        assertTrue(robot.lookup("#loss-readout").queryLabeled().getText().startsWith("Epoch 3"));
        robot.clickOn("#log-scale");
        WaitForAsyncUtils.waitForFxEvents();
        var val = chart.chart().getData().stream().filter(s -> s.getName().equals("total (val)")).findFirst().orElseThrow();
        assertEquals(Math.log10(1.1 / 3), val.getData().get(2).getYValue().doubleValue(), 1e-9);
    }

    @Test
    void eachTermAndSplitIsDrawnAlikeWhateverTheOrderOfTheCurves(FxRobot robot) throws Exception {
        LossChartViewModel other = new LossChartViewModel();
        // Made on the FX thread, as every control: its CSS and timeline belong to that thread.
        LossChartView otherChart = WaitForAsyncUtils.asyncFx(() -> new LossChartView(other)).get();
        // One run reports validation first and a KL term; the other, an autoencoder, does not.
        vm.addEpoch(1, new java.util.LinkedHashMap<>(Map.of("total", 2.0, "reconstruction", 1.5, "kl", 0.5)),
                Map.of("total", 2.2));
        other.addEpoch(1, Map.of(), Map.of("total", 2.1));
        other.addEpoch(2, Map.of("total", 1.0, "reconstruction", 1.0), Map.of("total", 1.1));
        robot.interact(() -> {
            chart.pull();
            otherChart.pull();
        });
        assertEquals(styleOf(chart, "total (val)"), styleOf(otherChart, "total (val)"));
        assertEquals(styleOf(chart, "total (train)"), styleOf(otherChart, "total (train)"));
        assertEquals(styleOf(chart, "reconstruction (train)"), styleOf(otherChart, "reconstruction (train)"));
        var names = otherChart.chart().getData().stream().map(s -> s.getName()).toList();
        assertTrue(names.indexOf("total (train)") < names.indexOf("reconstruction (train)"),
                "the AE's total lies beneath its equal reconstruction: " + names);
        assertEquals(otherChart.chart().getData().size(), otherChart.legend().getChildren().size(), "a legend entry per curve");
    }

    @Test
    void aChartBehindAnotherTabTakesNoPointsUntilItShowsThenCatchesUp(FxRobot robot) throws Exception {
        LossChartViewModel hiddenVm = new LossChartViewModel();
        var view = new java.util.concurrent.atomic.AtomicReference<LossChartView>();
        var tabs = new java.util.concurrent.atomic.AtomicReference<javafx.scene.control.TabPane>();
        var stage = new java.util.concurrent.atomic.AtomicReference<Stage>();
        robot.interact(() -> {
            view.set(new LossChartView(hiddenVm));
            var pane = new javafx.scene.control.TabPane(new javafx.scene.control.Tab("Training", view.get()),
                    new javafx.scene.control.Tab("Embedding", new javafx.scene.control.Label("codes")));
            pane.getSelectionModel().select(1);
            tabs.set(pane);
            Stage s = new Stage();
            s.setScene(new Scene(pane, 600, 400));
            s.show();
            stage.set(s);
        });
        try {
            for (int b = 0; b <= 40; b++) {
                hiddenVm.addBatchPoint(b / 10.0, 1.0 / (b + 1), 1e-3);
            }
            // Several of the chart's 50 ms ticks pass while it is hidden.
            robot.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, view.get().chart().getData().size(), "a hidden chart lays out no points");
            robot.interact(() -> tabs.get().getSelectionModel().select(0));
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> view.get().chart().getData().stream()
                    .anyMatch(s -> s.getName().equals(LossChartViewModel.BATCH_SERIES) && s.getData().size() == 41));
        } finally {
            robot.interact(() -> stage.get().close());
        }
    }

    private static String styleOf(LossChartView view, String series) {
        return view.chart().getData().stream().filter(s -> s.getName().equals(series)).findFirst().orElseThrow()
                .getNode().getStyle();
    }

    @Test
    void theEpochAxisIsLabelledInWholeEpochs(FxRobot robot) {
        for (int b = 0; b <= 40; b++) {
            vm.addBatchPoint(b / 10.0 + 0.05, 1.0 / (b + 1), 1e-3);
        }
        robot.interact(() -> chart.pull());
        WaitForAsyncUtils.waitForFxEvents();
        var axis = (javafx.scene.chart.NumberAxis) chart.chart().getXAxis();
        assertEquals(5, axis.getUpperBound(), 1e-9);
        var labels = axis.getTickMarks().stream()
                .map(t -> axis.getTickLabelFormatter().toString(t.getValue())).toList();
        assertTrue(axis.getTickMarks().stream().allMatch(t -> t.getValue().doubleValue() % 1 == 0), "whole epochs only");
        assertEquals(java.util.List.of("0", "1", "2", "3", "4", "5"), labels);
    }

    @Test
    void reconstructionsSitBelowTheirOriginals() {
        float[] originals = new float[3 * 784];
        float[] reconstructions = new float[3 * 784];
        java.util.Arrays.fill(originals, 1f);
        java.util.Arrays.fill(reconstructions, 0.5f);
        robot().interact(() -> recon.show(originals, reconstructions, 3, 28, "epoch 2"));
        var img = recon.imageView().getImage();
        assertEquals(3 * 56, img.getWidth());
        assertEquals(0xFFFFFFFF, img.getPixelReader().getArgb(60, 10));
        assertEquals(0xFF808080, img.getPixelReader().getArgb(60, 70));
    }

    @Test
    void theReconstructionStripSpansThePanel() {
        float[] images = new float[12 * 784];
        java.util.Arrays.fill(images, 0.5f);
        robot().interact(() -> recon.show(images, images, 12, 28, "epoch 1"));
        WaitForAsyncUtils.waitForFxEvents();
        double width = recon.getWidth() - recon.getInsets().getLeft() - recon.getInsets().getRight();
        double shown = recon.imageView().getBoundsInParent().getWidth();
        assertTrue(shown > 0.95 * width, "12 digits fill the panel's width: " + shown + " of " + width);
        assertTrue(recon.getHeight() < 250, "and stay a strip: " + recon.getHeight());
    }

    private static FxRobot robot() {
        return new FxRobot();
    }
}
