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
import org.testfx.util.WaitForAsyncUtils;

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

    }

    /** Narrow, as with two models side by side: the ROC panel moves below the histogram, within the view. */
    @Test
    void narrowTheRocLiesBelowTheHistogramWithinTheView(FxRobot robot) throws Exception {
        // A stage of its own: the framework's stage is shared with the tests that follow.
        AnomalyView narrow = WaitForAsyncUtils.asyncFx(
                () -> new AnomalyView(new AnomalyViewModel(new SameThreadExecutor(), () -> codec, () -> data))).get();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(narrow, 520, 800));
            s.show();
            return s;
        }).get();
        try {
            robot.interact(() -> narrow.viewModel().compute(0));
            WaitForAsyncUtils.waitForFxEvents();
            var roc = narrow.lookup("#anomaly-roc");
            var hist = narrow.lookup("#anomaly-histogram");
            var rocBounds = roc.localToScene(roc.getBoundsInLocal());
            assertTrue(rocBounds.getMaxX() <= narrow.getWidth(), "the ROC ends at " + rocBounds.getMaxX()
                    + " in a view of " + narrow.getWidth());
            assertTrue(rocBounds.getMinY() >= hist.localToScene(hist.getBoundsInLocal()).getMaxY(), "below the histogram");
        } finally {
            robot.interact(stage::close);
        }
    }
}
