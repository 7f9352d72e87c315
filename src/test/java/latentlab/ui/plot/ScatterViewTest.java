package latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import latentlab.latent.MlpCodec;
import latentlab.model.ModelKind;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.task.SameThreadExecutor;
import latentlab.ui.task.WorkerPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScatterViewTest {

    private ScatterView view;
    private WorkerPool inference;
    private MlpCodec codec;

    @Start
    void start(Stage stage) {
        inference = new WorkerPool("test-inference", 1, Platform::runLater);
        CodecAccess access = new CodecAccess(inference);
        codec = new MlpCodec(ModelKind.AE, 2);
        access.setCodec(codec);
        view = new ScatterView(new ScatterViewModel(new SameThreadExecutor()), access);
        var d = EmbeddingFixtures.grid2d();
        float[] images = new float[9 * 784];
        for (int i = 0; i < images.length; i++) {
            images[i] = (i / 784) / 8f;
        }
        view.viewModel().setData(new latentlab.latent.EmbeddingData(d.codes(), 2, d.labels(), d.classNames(), images, 28));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        inference.close();
    }

    private Point2D screenOfPoint(int sample) {
        var t = view.viewModel().transform();
        var p = view.viewModel().projectedProperty().get().points();
        return view.plot().localToScreen(t.toScreenX(p[2 * sample]), t.toScreenY(p[2 * sample + 1]));
    }

    @Test
    void pointsAreDrawnAsPixels() {
        WaitForAsyncUtils.waitForFxEvents();
        int colored = 0;
        for (int px : view.plot().raster().pixels()) {
            if (px != view.plot().raster().background()) {
                colored++;
            }
        }
        assertTrue(colored >= 9 * 4, "every point leaves pixels: " + colored);
    }

    @Test
    void hoveringAPointShowsItsImageAndReconstruction(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(screenOfPoint(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, view.viewModel().hoveredProperty().get());
        assertTrue(view.hoverTooltip().isShowing(), "tooltip shown");
        assertTrue(view.hoverCard().caption().getText().contains("one"), view.hoverCard().caption().getText());
        assertTrue(inference.awaitIdle(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.hoverCard().reconstructionView().getImage(), "reconstruction decoded by the codec");
        assertTrue(codec.decodeCalls >= 1);
    }

    @Test
    void clickPinsAndShiftDragSelects(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(screenOfPoint(8)).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, view.viewModel().pinnedProperty().get());
        assertTrue(robot.lookup("#selection-count").queryLabeled().getText().startsWith("Sample #8 pinned"),
                "a pinned sample is not 'no selection'");
        Point2D a = screenOfPoint(0).add(-8, 8);
        Point2D b = screenOfPoint(4).add(8, -8);
        robot.press(KeyCode.SHIFT).drag(a, javafx.scene.input.MouseButton.PRIMARY).dropTo(b).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, view.viewModel().selectionProperty().get().length);
        assertEquals("4 selected, sample #8 pinned", robot.lookup("#selection-count").queryLabeled().getText());
    }

    @Test
    void theLegendSaysWhichSamplesItCounts(FxRobot robot) {
        var samples = robot.lookup("#legend-samples").queryLabeled();
        assertTrue(!samples.isVisible(), "nothing said when not known");
        robot.interact(() -> view.viewModel().samplesProperty().set("Counts of training + validation images"));
        assertTrue(samples.isVisible() && samples.getText().contains("training + validation"), samples.getText());
        assertEquals("zero  (3)", robot.lookup("#legend-0").queryLabeled().getText());
    }
}
