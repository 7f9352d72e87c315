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

    private static FxRobot robot() {
        return new FxRobot();
    }
}
