package latentlab.ui.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.latent.ProjectionMethod;
import latentlab.ui.plot.EmbeddingFixtures;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;

class Embedding3DViewModelTest {

    private final Embedding3DViewModel vm = new Embedding3DViewModel(new SameThreadExecutor());

    @Test
    void largerCodesGetAThreeComponentProjection() {
        vm.setData(EmbeddingFixtures.clusters(300, 6, 3, 3));
        assertEquals(4, vm.projection().methods().size());
        vm.projection().methodProperty().set(ProjectionMethod.PCA);
        assertEquals(3, vm.projectedProperty().get().outDim());
        assertEquals(900, vm.unitPoints().length);
        for (float v : vm.unitPoints()) {
            assertTrue(v >= -1.0001f && v <= 1.0001f, "normalised into the unit box");
        }
    }

    @Test
    void fitBringsEveryPointBackIntoFrameAfterZoomingAndTurning() {
        vm.setData(EmbeddingFixtures.clusters(300, 6, 3, 3));
        Orbit first = new Orbit();
        vm.rotate(120, -40);
        vm.zoom(8);
        vm.fit();
        assertEquals(first.yaw(), vm.orbit().yaw(), 1e-12);
        assertEquals(first.pitch(), vm.orbit().pitch(), 1e-12);
        assertEquals(1, vm.orbit().zoom(), 1e-12);
    }

    @Test
    void twoDimensionalCodesAreShownFlatWithANote() {
        vm.setData(EmbeddingFixtures.grid2d());
        assertEquals(9, vm.projectedProperty().get().size());
        assertEquals(0f, vm.projectedProperty().get().points()[2]);
        assertTrue(vm.projection().statusProperty().get().contains("extra axis is 0"));
    }

    @Test
    void pixelRendererPicksTheNearestVisiblePoint() {
        vm.setData(EmbeddingFixtures.clusters(50, 3, 2, 4));
        Scatter3DPixels px = new Scatter3DPixels(300, 300);
        px.draw(vm.unitPoints(), vm.plottedLabels(), vm.hidden(), vm.orbit(), 3);
        float[] s = px.screen();
        assertEquals(7, px.pick(s[21], s[22], 0.5, vm.plottedLabels(), vm.hidden()));
        vm.setHidden(vm.plottedLabels()[7], true);
        int picked = px.pick(s[21], s[22], 0.5, vm.plottedLabels(), vm.hidden());
        assertTrue(picked < 0 || vm.plottedLabels()[picked] != vm.plottedLabels()[7], "hidden classes are not picked");
    }
}
