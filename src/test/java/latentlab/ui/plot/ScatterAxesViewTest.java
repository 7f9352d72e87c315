package latentlab.ui.plot;

import latentlab.ui.task.SameThreadExecutor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user sees around the points: axes with values and names, the prior, the layer controls. */
@ExtendWith(ApplicationExtension.class)
class ScatterAxesViewTest {

    private ScatterView view;

    @Start
    void start(Stage stage) {
        view = new ScatterView(new ScatterViewModel(new SameThreadExecutor()), null);
        view.viewModel().setData(EmbeddingFixtures.grid2d());
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private static List<String> texts(List<Label> labels) {
        return labels.stream().map(Label::getText).toList();
    }

    private void checkLabelsUnderTheirTicks() {
        var vm = view.viewModel();
        List<AxisTicks.Tick> ticks = vm.ticksX();
        List<Label> shown = view.axes().xTickLabels();
        assertEquals(ticks.stream().map(AxisTicks.Tick::label).toList(), texts(shown));
        for (int k = 0; k < ticks.size(); k++) {
            var b = shown.get(k).getBoundsInParent();
            double plotX = view.plot().getLayoutX() + ticks.get(k).screen();
            assertEquals(plotX, (b.getMinX() + b.getMaxX()) / 2, 1.0, "label " + shown.get(k).getText() + " under its tick");
            assertTrue(b.getMinY() >= view.plot().getLayoutY() + view.plot().getHeight(), "below the plot");
        }
        assertEquals(vm.ticksY().stream().map(AxisTicks.Tick::label).toList(), texts(view.axes().yTickLabels()));
    }

    @Test
    void theAxesCarryValuesAtTheirTicksAndFollowTheZoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> x = texts(view.axes().xTickLabels());
        assertEquals(0, Double.parseDouble(x.get(0)), 1e-9, "the points span 0 to 2: " + x);
        assertEquals(2, Double.parseDouble(x.get(x.size() - 1)), 1e-9, "the points span 0 to 2: " + x);
        checkLabelsUnderTheirTicks();
        assertEquals("z1", robot.lookup("#axis-title-x").queryLabeled().getText());
        assertEquals("z2", robot.lookup("#axis-title-y").queryLabeled().getText());
        robot.interact(() -> view.viewModel().zoom(5, 300, 250));
        WaitForAsyncUtils.waitForFxEvents();
        checkLabelsUnderTheirTicks();
        assertTrue(texts(view.axes().xTickLabels()).stream().anyMatch(s -> s.contains(".")),
                "zoomed in, the values show decimals: " + texts(view.axes().xTickLabels()));
    }

    @Test
    void aVariationalModelShowsItsPriorAndTheLayersToTurnItOff(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var menu = robot.lookup("#plot-layers").query();
        assertFalse(menu.isVisible(), "an autoencoder has no layers to offer");
        Circle ring = (Circle) robot.lookup("#prior-ring-2").query();
        assertFalse(ring.isVisible());
        robot.interact(() -> view.viewModel().variationalProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu.isVisible());
        assertTrue(ring.isVisible(), "the 2-sigma circle is drawn");
        assertEquals(2 * view.viewModel().transform().scale(), ring.getRadius(), 1e-6);
        var label = (javafx.scene.text.Text) robot.lookup("#prior-ring-label-2").query();
        assertEquals("2\u03c3", label.getText());
        // Readable over a crowd of points: a halo of background lies under the label, at its place.
        var halo = (javafx.scene.text.Text) robot.lookup("#prior-ring-halo-2").query();
        assertTrue(halo.isVisible());
        assertEquals(label.getText(), halo.getText());
        assertEquals(label.getX(), halo.getX(), 1e-9);
        assertEquals(label.getY(), halo.getY(), 1e-9);
        assertTrue(halo.getParent().getChildrenUnmodifiable().indexOf(halo)
                < label.getParent().getChildrenUnmodifiable().indexOf(label), "the halo is drawn first");
        assertEquals(halo.getFill(), halo.getStroke());
        // Zoomed far out, the circles shrink to a few pixels: they stay, their labels would pile up on the codes.
        robot.interact(() -> view.viewModel().zoom(0.02, 300, 250));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ring.isVisible() && ring.getRadius() < ScatterOverlays.MIN_LABELLED_RADIUS, "radius " + ring.getRadius());
        assertFalse(label.isVisible() || halo.isVisible(), "no label on a circle of " + ring.getRadius() + " px");
        robot.interact(() -> view.viewModel().layers().priorCirclesProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ring.isVisible());
    }

    @Test
    void sameScaleAndTheHoleMapLegendAppearOnceTheyCanBeUsed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var sameScale = robot.lookup("#shared-scale").query();
        var legend = robot.lookup("#hole-map-legend").query();
        assertFalse(sameScale.isVisible(), "nothing to share with yet");
        assertFalse(legend.isVisible());
        robot.interact(() -> {
            view.viewModel().frame().sharedRangeProperty().set(new DataRange(-5, -5, 5, 5));
            view.viewModel().layers().setHoleMap(new DataRange(-1, -1, 3, 3), 2, new float[] {1, 0.5f, 0, 1});
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sameScale.isVisible());
        assertTrue(legend.isVisible(), "the hole map's colour scale is shown beside the plot");
        robot.clickOn(sameScale);
        WaitForAsyncUtils.waitForFxEvents();
        var x = texts(view.axes().xTickLabels());
        assertTrue(x.contains("-4") && x.contains("4"), "the shared range is framed: " + x);
        assertEquals(view.plot().getWidth() / 2, view.viewModel().transform().toScreenX(0), 1, "centred on it");
    }
}
