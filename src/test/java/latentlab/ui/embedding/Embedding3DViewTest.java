package latentlab.ui.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import latentlab.latent.ProjectionMethod;
import latentlab.ui.plot.EmbeddingFixtures;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class Embedding3DViewTest {

    private Embedding3DView view;

    @Start
    void start(Stage stage) {
        view = new Embedding3DView(new Embedding3DViewModel(new SameThreadExecutor()));
        view.setData(EmbeddingFixtures.clusters(3000, 3, 3, 7));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private int inkedPixels() {
        int n = 0;
        for (int p : ((Scatter3DCanvas) view.scatter()).pixels().pixels()) {
            if (p != ((Scatter3DCanvas) view.scatter()).pixels().background()) {
                n++;
            }
        }
        return n;
    }

    @Test
    void withoutSceneThreeDThePointsAreDrawnInSoftwareNotBlank() {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Platform.isSupported(ConditionalFeature.SCENE3D), "Monocle has no 3D");
        assertInstanceOf(Scatter3DCanvas.class, view.scatter());
        assertEquals(java.util.List.of(ProjectionMethod.AXES), view.viewModel().projection().methods());
        assertTrue(inkedPixels() > 3000, "points drawn: " + inkedPixels());
    }

    @Test
    void draggingRotatesAndHoverIdentifiesAPoint(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var canvas = (Scatter3DCanvas) view.scatter();
        int[] before = canvas.pixels().pixels().clone();
        var centre = canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2);
        robot.drag(centre, javafx.scene.input.MouseButton.PRIMARY).moveBy(80, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(Arrays.hashCode(before), Arrays.hashCode(canvas.pixels().pixels()), "picture turned");
        float[] s = canvas.pixels().screen();
        robot.moveTo(canvas.localToScreen(s[0], s[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.viewModel().hoveredProperty().get() >= 0);
        assertTrue(robot.lookup("#hover-3d").queryLabeled().getText().contains("sample #"));
    }

    @Test
    void theMeshRendererBuildsOneMeshWithFourFacesPerShownPoint(FxRobot robot) {
        // Monocle cannot draw 3D, but the mesh is still built: check its shape.
        Embedding3DViewModel vm = new Embedding3DViewModel(new SameThreadExecutor());
        Embedding3DView[] meshView = new Embedding3DView[1];
        robot.interact(() -> {
            meshView[0] = new Embedding3DView(vm, true);
            vm.setData(EmbeddingFixtures.clusters(500, 3, 5, 2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        var mesh = ((Scatter3DMesh) meshView[0].scatter()).mesh();
        assertEquals(500 * 4, mesh.getFaces().size() / mesh.getFaceElementSize());
        assertEquals(500 * 4 * 3, mesh.getPoints().size());
        robot.interact(() -> vm.setHidden(0, true));
        WaitForAsyncUtils.waitForFxEvents();
        mesh = ((Scatter3DMesh) meshView[0].scatter()).mesh();
        assertEquals(400 * 4, mesh.getFaces().size() / mesh.getFaceElementSize(), "a hidden class leaves the mesh");
    }

    @Test
    void theAxesAreNamedAtTheirEndsAndTurnWithThePicture(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var x = (javafx.scene.text.Text) robot.lookup("#axis-3d-0").query();
        assertEquals("z1", x.getText());
        assertEquals("z3", ((javafx.scene.text.Text) robot.lookup("#axis-3d-2").query()).getText());
        double before = x.getLayoutX();
        robot.interact(() -> view.viewModel().rotate(120, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, x.getLayoutX(), 1, "the name follows its axis");
        robot.interact(() -> view.setData(EmbeddingFixtures.clusters(300, 6, 3, 1)));
        robot.interact(() -> view.viewModel().projection().methodProperty().set(ProjectionMethod.PCA));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("PC1", x.getText());
    }
}
