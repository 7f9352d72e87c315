package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactories;
import latentlab.train.TrainingService;
import latentlab.ui.common.FxBackgroundExecutor;
import latentlab.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a student does first: press Train on the bundled digits and watch. Drives the real
 * window, engine and training service headless.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingFlowTest {
    private MainWindow window;
    private TrainingService service;

    @Start
    void start(Stage stage) throws Exception {
        Engines.configure(Engines.Mode.DESKTOP);
        service = new TrainingService(ModelFactories.standard());
        window = new MainWindow(new FxBackgroundExecutor(), service, ModelFactories.standard(),
                Files.createTempDirectory("latentlab-runs"));
        Scene scene = new Scene(window.view(), 1200, 780);
        stage.setScene(scene);
        stage.show();
        window.start();
    }

    @AfterEach
    void close() {
        window.close();
        service.close();
    }

    @Test
    void trainingAVaeFillsTheLossChartAndEndsWithAModel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mainModel().dataProperty().get() != null);
        robot.interact(() -> window.settings().epochsProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.training().stateProperty().get() != TrainingViewModel.State.IDLE);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> window.training().stateProperty().get() == TrainingViewModel.State.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.training().history().size(), robot.lookup("#status-bar").query().toString());
        double first = window.training().history().get(0).validation().get("total");
        double second = window.training().history().get(1).validation().get("total");
        assertTrue(second < first, "validation loss falls: " + first + " -> " + second);

        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        int points = 0;
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            points += s.getData().size();
        }
        assertTrue(points > 10, "the chart shows batch and epoch points: " + points);
        assertFalse(window.training().history().isEmpty());
        assertNotEquals(null, window.training().modelProperty().get());
    }
}
