package latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.latent.LatentStats;
import latentlab.latent.ProjectionMethod;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;

/** A path drawn over a scatter becomes the codes under it, where the plot's view can be inverted. */
class PathDrawingTest {

    private final ScatterViewModel vm = new ScatterViewModel(new SameThreadExecutor());

    @Test
    void onTheCodesOwnAxesTheDrawnPointsAreTheCodesUnderTheMouse() {
        vm.setData(EmbeddingFixtures.grid2d());
        vm.setViewport(200, 200);
        var t = vm.transform();
        double[] screen = {t.toScreenX(0), t.toScreenY(0), t.toScreenX(1.5), t.toScreenY(0.5), t.toScreenX(2),
            t.toScreenY(2)};
        vm.path().finish(screen);
        assertArrayEquals(new float[] {0, 0, 1.5f, 0.5f, 2, 2}, vm.path().codesProperty().get(), 1e-4f);
        assertEquals("Path of 3 points drawn: play it in the Traversal tab", vm.path().messageProperty().get());
    }

    @Test
    void onPcaTheOtherDimensionsKeepTheMeanCodeAndThePathLandsWhereItWasDrawn() {
        var data = EmbeddingFixtures.clusters(300, 6, 3, 1);
        vm.setData(data);
        vm.projection().methodProperty().set(ProjectionMethod.PCA);
        vm.setViewport(300, 300);
        var t = vm.transform();
        double[] screen = {t.toScreenX(-1), t.toScreenY(-1), t.toScreenX(1), t.toScreenY(1)};
        vm.path().finish(screen);
        float[] codes = vm.path().codesProperty().get();
        assertEquals(2 * 6, codes.length);
        var linear = vm.projectedProperty().get().linear();
        assertArrayEquals(new float[] {-1, -1, 1, 1}, linear.projectAll(codes), 1e-3f, "drawn at (-1,-1) and (1,1)");
        // Off the plane the path stays at the mean: moving back along the plane gives the mean code.
        float[] mean = LatentStats.of(data.codes(), data.dim()).meanCode();
        float[] first = java.util.Arrays.copyOf(codes, 6);
        float[] back = linear.moveTo(first, linear.project(mean));
        assertArrayEquals(mean, back, 1e-3f);
    }

    @Test
    void tsneCannotBeTurnedBackIntoCodesAndSaysSo() {
        vm.setData(EmbeddingFixtures.clusters(200, 6, 3, 2));
        vm.projection().methodProperty().set(ProjectionMethod.TSNE);
        vm.setViewport(200, 200);
        vm.path().finish(new double[] {10, 10, 50, 60, 90, 90});
        assertNull(vm.path().codesProperty().get());
        assertTrue(vm.path().messageProperty().get().contains("t-SNE and UMAP cannot be turned back into codes"),
                vm.path().messageProperty().get());
    }

    @Test
    void aClickIsNoPath() {
        vm.setData(EmbeddingFixtures.grid2d());
        vm.setViewport(200, 200);
        vm.path().finish(new double[] {50, 50});
        assertNull(vm.path().codesProperty().get());
        assertEquals("Drag to draw a path: a click is not one", vm.path().messageProperty().get());
    }
}
