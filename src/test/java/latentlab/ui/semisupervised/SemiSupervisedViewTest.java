package latentlab.ui.semisupervised;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import latentlab.data.DataSplit;
import latentlab.latent.Codec;
import latentlab.latent.apps.SemiSupervisedTable.Features;
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
class SemiSupervisedViewTest {
    private final DataSplit data = ToyModels.data(120, 60);
    private final Codec codec = new ToyModels.BlendCodec(ModelKind.VAE, 0);
    private SemiSupervisedView view;

    @Start
    void start(Stage stage) {
        view = new SemiSupervisedView(new SemiSupervisedViewModel(new SameThreadExecutor(), () -> codec, () -> data));
        stage.setScene(new Scene(view, 1100, 800));
        stage.show();
    }

    @Test
    void computingFillsTheTableTheChartAndTheReading(FxRobot robot) {
        Label error = robot.lookup("#semisup-input-error").queryAs(Label.class);
        assertTrue(error.isVisible(), "the course's 1,000 labels do not fit 120 training images");
        type(robot, "40, 4 12");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(error.isVisible(), error.getText());
        robot.clickOn("#semisup-compute");

        SemiSupervisedResult r = view.viewModel().resultProperty().get();
        TableView<?> table = robot.lookup("#semisup-table").queryAs(TableView.class);
        assertEquals(r.rows(), table.getItems(), "one row per count, ascending");
        assertEquals("12", r.rows().get(1).labelled());
        assertEquals(r.seriesName(Features.PIXELS), table.getColumns().get(3).getText(), "columns named as the bars");
        BarChart<?, ?> chart = robot.lookup("#semisup-chart").queryAs(BarChart.class);
        assertEquals(3, chart.getData().size(), "codes, PCA, pixels");
        assertEquals(r.seriesName(Features.CODES), chart.getData().get(0).getName());
        assertEquals(100 * r.accuracy(40, Features.PIXELS), chart.getData().get(2).getData().get(2).getYValue());
        assertEquals(r.reading(), robot.lookup("#semisup-reading").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#semisup-explanation").queryAs(Label.class).getText().contains("Chance: 1/4"));
        Label stale = robot.lookup("#semisup-stale").queryAs(Label.class);
        assertFalse(stale.isVisible());

        robot.interact(view::onWeights);
        assertTrue(stale.isVisible(), "new weights: the figures are marked stale");
        assertTrue(stale.getText().startsWith("Stale: the model's weights changed"), stale.getText());
        assertEquals(3, table.getItems().size(), "and still shown");

        type(robot, "4, x");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(error.isVisible());
        assertEquals("Labelled counts: 'x' is not a whole number of labelled images (e.g. 10, 100, 1000)",
                error.getText());
    }

    /** Replaces the counts with {@code text}, typed. */
    private static void type(FxRobot robot, String text) {
        TextField counts = robot.lookup("#semisup-counts").queryAs(TextField.class);
        robot.clickOn(counts);
        robot.interact(counts::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, counts.getText());
    }
}
