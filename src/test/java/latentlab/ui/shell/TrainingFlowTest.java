package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import latentlab.ui.embedding.Embedding2DView;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.explorer.LatentExplorerView;
import latentlab.ui.workspace.Workspace;
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
    private WindowFixture fixture;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, 1200, 780);
        window = fixture.window;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void trainingAVaeFillsTheLossChartAndEndsWithAModel(FxRobot robot) throws Exception {
        fixture.awaitReady();
        robot.interact(() -> window.settings().epochsProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.training().stateProperty().get() != TrainingViewModel.State.IDLE);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> window.training().stateProperty().get() == TrainingViewModel.State.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        var model = window.workspace().model();
        assertEquals(2, model.history().size(), robot.lookup("#status-bar").query().toString());
        double first = model.history().get(0).validation().get("total");
        double second = model.history().get(1).validation().get("total");
        assertTrue(second < first, "validation loss falls: " + first + " -> " + second);

        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        int points = 0;
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            points += s.getData().size();
        }
        assertTrue(points > 10, "the chart shows batch and epoch points: " + points);
        assertTrue(chart.getData().stream().anyMatch(s -> s.getName().equals("total (val)") && s.getData().size() == 2),
                "validation curve with one point per epoch");
        assertNotEquals(null, model.modelProperty().get());

        // After the run, every image of the data set is encoded for the embeddings.
        Workspace views = window.workspace();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> views.shown() != null && views.shown().size() == 10_000);
        settle(views);

        // Moving a latent slider decodes a new image.
        robot.clickOn("Latent space");
        robot.clickOn("Latent explorer");
        settle(views);
        ImageView decoded = (ImageView) robot.lookup("#decoded-image").query();
        String before = pixels(decoded.getImage());
        Slider slider = robot.lookup("#latent-slider-0").queryAs(Slider.class);
        String was = describe(slider, views);
        robot.drag(slider.lookup(".thumb")).moveBy(80, 0).drop();
        settle(views);
        assertNotEquals(before, pixels(decoded.getImage()),
                "the decoded image follows the slider: before " + was + ", after " + describe(slider, views));

        // Hovering a point of the 2D embedding shows its image in a tooltip.
        robot.clickOn("Embedding 2D");
        settle(views);
        var plot = views.view(Embedding2DView.class).scatter();
        var t = plot.viewModel().transform();
        float[] xy = plot.viewModel().projectedProperty().get().points();
        robot.moveTo(plot.plot().localToScreen(t.toScreenX(xy[0]), t.toScreenY(xy[1])));
        settle(views);
        assertTrue(plot.viewModel().hoveredProperty().get() >= 0, "a point is under the mouse");
        assertTrue(plot.hoverTooltip().isShowing(), "its tooltip is shown");

        // The Traversal tab, hidden all along, decoded nothing of the run; shown, it plays the trained model.
        assertTrue(window.traversal().players().isEmpty(), "a hidden traversal follows no codes");
        robot.clickOn("Traversal");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.traversal().players().size() == 1);
        robot.clickOn("#traversal-start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.traversal().players().get(0).framesProperty().get() != null);
    }

    private static void settle(Workspace views) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(views.awaitIdle(20_000), "inference thread idle");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String describe(Slider slider, Workspace views) {
        var thumb = slider.lookup(".thumb");
        var window = slider.getScene().getWindow();
        return String.format("slider %.3f in [%.3f, %.3f], thumb at %s on a window at %.0f,%.0f, code %s",
                slider.getValue(), slider.getMin(), slider.getMax(), thumb.localToScreen(thumb.getLayoutBounds()),
                window.getX(), window.getY(), java.util.Arrays.toString(
                        views.view(LatentExplorerView.class).viewModel().codeProperty().get()));
    }

    private static String pixels(javafx.scene.image.Image img) {
        assertNotNull(img, "an image is shown");
        var r = img.getPixelReader();
        StringBuilder sb = new StringBuilder();
        // Every pixel: a sparse sample can miss a digit's strokes in both images.
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                sb.append(Integer.toHexString(r.getArgb(x, y)));
            }
        }
        return sb.toString();
    }
}
