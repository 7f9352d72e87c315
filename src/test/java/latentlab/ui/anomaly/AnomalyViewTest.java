package latentlab.ui.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import latentlab.data.DataSplit;
import latentlab.latent.Codec;
import latentlab.latent.metrics.ToyModels;
import latentlab.model.ModelKind;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AnomalyViewTest {
    private final DataSplit data = ToyModels.data(40, 60);
    private final Codec codec = new ToyModels.BlendCodec(ModelKind.AE, 0);
    private AnomalyView view;

    @Start
    void start(Stage stage) {
        view = new AnomalyView(new AnomalyViewModel(new SameThreadExecutor(), () -> codec, () -> data));
        stage.setScene(new Scene(view, 1100, 800));
        stage.show();
    }

    @Test
    void computingDrawsTheHistogramTheRocAndTheWorstSamples(FxRobot robot) {
        robot.clickOn("#anomaly-compute");
        Path bars = robot.lookup("#anomaly-histogram").lookup(".histogram-bars").queryAs(Path.class);
        assertFalse(bars.getElements().isEmpty(), "bars drawn");
        LineChart<?, ?> roc = robot.lookup("#anomaly-roc").queryAs(LineChart.class);
        assertEquals(view.viewModel().reportProperty().get().roc().truePositiveRate().length,
                roc.getData().get(0).getData().size(), "one point per threshold");
        assertEquals(AnomalyViewModel.WORST, robot.lookup(".anomaly-caption").queryAll().size());
        assertTrue(robot.lookup("#anomaly-auc").queryAs(Label.class).getText().startsWith("AUC "));

        // Narrow, as with two models side by side: the ROC panel moves below the histogram, within the view.
        robot.interact(() -> view.getScene().getWindow().setWidth(520));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var rocBounds = roc.localToScene(roc.getBoundsInLocal());
        var histBounds = robot.lookup("#anomaly-histogram").query();
        assertTrue(rocBounds.getMaxX() <= view.getWidth(), "the ROC ends at " + rocBounds.getMaxX() + " in a view of "
                + view.getWidth());
        assertTrue(rocBounds.getMinY() >= histBounds.localToScene(histBounds.getBoundsInLocal()).getMaxY(),
                "below the histogram");
    }
}
