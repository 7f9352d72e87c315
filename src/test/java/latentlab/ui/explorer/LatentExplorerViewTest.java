package latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import latentlab.latent.MlpCodec;
import latentlab.model.ModelKind;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.common.FxSettle;
import latentlab.ui.plot.ScatterView;
import latentlab.ui.plot.ScatterViewModel;
import latentlab.ui.task.SameThreadExecutor;
import latentlab.ui.task.WorkerPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LatentExplorerViewTest {

    private LatentExplorerView view;
    private WorkerPool inference;

    @Start
    void start(Stage stage) {
        inference = new WorkerPool("explorer-view-test", 1, Platform::runLater);
        CodecAccess access = new CodecAccess(inference);
        access.setCodec(new MlpCodec(ModelKind.AE, 2));
        ScatterView embedding = new ScatterView(new ScatterViewModel(new SameThreadExecutor()), access);
        view = new LatentExplorerView(new LatentExplorerViewModel(access), embedding);
        view.setData(ExplorerFixtures.data(2), false);
        stage.setScene(new Scene(view, 1300, 650));
        stage.show();
    }

    @AfterEach
    void stop() {
        inference.close();
    }

    private String pixelsOf(Image img) {
        StringBuilder sb = new StringBuilder();
        for (int y = 5; y < img.getHeight(); y += 10) {
            for (int x = 5; x < img.getWidth(); x += 10) {
                sb.append(Integer.toHexString(img.getPixelReader().getArgb(x, y))).append(',');
            }
        }
        return sb.toString();
    }

    private void settle() throws Exception {
        FxSettle.settle(inference);
    }

    @Test
    void movingASliderChangesTheDecodedImage(FxRobot robot) throws Exception {
        settle();
        assertNotNull(view.decodedView().getImage(), "the mean code is decoded at start");
        String before = pixelsOf(view.decodedView().getImage());
        Slider s = robot.lookup("#latent-slider-0").queryAs(Slider.class);
        robot.drag(s.lookup(".thumb")).moveBy(120, 0).drop();
        settle();
        assertTrue(s.getValue() > 5.5, "slider moved: " + s.getValue());
        assertNotEquals(before, pixelsOf(view.decodedView().getImage()));
    }

    @Test
    void theCodeIsAMarkerOnTheEmbeddingThatDecodesWhenDragged(FxRobot robot) throws Exception {
        settle();
        var marker = view.sliderPanel().getScene().lookup("#decoded-image");
        assertNotNull(marker);
        var plot = ((ScatterView) view.getCenter()).plot();
        assertTrue(plot.marker().isVisible(), "the code is shown on the embedding");
        String before = pixelsOf(view.decodedView().getImage());
        var from = plot.localToScreen(plot.marker().getCenterX(), plot.marker().getCenterY());
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).moveBy(-60, 40).drop();
        settle();
        float[] code = view.viewModel().codeProperty().get();
        assertTrue(code[0] < 5 && code[1] < 6, "dragging left and down lowers both dims: " + code[0] + ", " + code[1]);
        assertNotEquals(before, pixelsOf(view.decodedView().getImage()));
        assertEquals(code[0], view.sliderPanel().sliders().get(0).getValue(), 1e-5, "sliders follow the marker");
    }

    @Test
    void aCodeBeyondTheRangesStaysInsideThePlotAndSaysItIsOutOfRange(FxRobot robot) throws Exception {
        settle();
        // The fixture's first dimension spans 0 to 10: -30 lies far beyond the slider and the plot.
        robot.interact(() -> view.viewModel().setCode(new float[] {-30f, 5f}));
        settle();
        var plot = ((ScatterView) view.getCenter()).plot();
        var ring = plot.marker();
        assertTrue(ring.isVisible());
        var ringBounds = ring.localToScene(ring.getBoundsInLocal());
        var plotBounds = plot.localToScene(plot.getLayoutBounds());
        assertTrue(plotBounds.contains(ringBounds), "the marker stays inside the plot: " + ringBounds + " in " + plotBounds);
        var arrowBounds = plot.offPlotArrow().localToScene(plot.offPlotArrow().getBoundsInLocal());
        assertTrue(plot.offPlotArrow().isVisible() && plotBounds.contains(arrowBounds), "an arrow points to the code");
        var note = robot.lookup("#out-of-range").queryLabeled();
        assertTrue(note.isVisible() && note.getText().contains("z1 = -30.00"), note.getText());
        var value = view.sliderPanel().values().get(0);
        assertTrue(value.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("out-of-range")),
                "the value beside the slider is marked");
        assertEquals(0, view.sliderPanel().sliders().get(0).getValue(), 1e-6, "the slider stops at its end");

        robot.interact(() -> view.viewModel().resetToMean());
        settle();
        assertTrue(!note.isVisible() && !plot.offPlotArrow().isVisible(), "back in range, no warning");
    }
}
