package latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.latent.ProjectionMethod;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;

class ScatterViewModelTest {

    private final ScatterViewModel vm = new ScatterViewModel(new SameThreadExecutor());

    private void show2d() {
        vm.setData(EmbeddingFixtures.grid2d());
        vm.setViewport(200, 200);
        vm.render(new ScatterRaster(200, 200));
    }

    @Test
    void latentOfTwoIsShownOnItsAxesWithNoOtherChoice() {
        show2d();
        assertEquals(List.of(ProjectionMethod.AXES), vm.projection().methods());
        assertEquals(9, vm.projectedProperty().get().size());
    }

    @Test
    void largerCodesOfferProjectionsAndPcaProjectsEveryPoint() {
        vm.setData(EmbeddingFixtures.clusters(500, 8, 4, 1));
        assertEquals(4, vm.projection().methods().size());
        vm.projection().methodProperty().set(ProjectionMethod.PCA);
        assertEquals(ProjectionMethod.PCA, vm.projectedProperty().get().method());
        assertEquals(500, vm.projectedProperty().get().size());
        assertNotNull(vm.projectedProperty().get().linear());
    }

    @Test
    void tsneRunsOnTheChosenSubsampleAndSaysSo() {
        vm.setData(EmbeddingFixtures.clusters(400, 6, 3, 2));
        vm.projection().maxSampleProperty().set(150);
        vm.projection().methodProperty().set(ProjectionMethod.TSNE);
        assertEquals(150, vm.projectedProperty().get().size());
        assertTrue(vm.projection().statusProperty().get().contains("150 of 400"), vm.projection().statusProperty().get());
    }

    @Test
    void boxSelectionTakesTheVisiblePointsInsideTheScreenBox() {
        show2d();
        var t = vm.transform();
        // A box around plot points x in [0.5, 2.5], y in [-0.5, 1.5].
        vm.choice().selectBox(t.toScreenX(0.5), t.toScreenY(-0.5), t.toScreenX(2.5), t.toScreenY(1.5));
        assertArrayEquals(new int[] {1, 2, 4, 5}, vm.selectionProperty().get());
        vm.choice().setHidden(2, true);
        vm.choice().selectBox(t.toScreenX(0.5), t.toScreenY(-0.5), t.toScreenX(2.5), t.toScreenY(1.5));
        assertArrayEquals(new int[] {1, 4}, vm.selectionProperty().get(), "hidden classes are not selected");
    }

    @Test
    void lassoSelectionFollowsTheDrawnOutline() {
        show2d();
        var t = vm.transform();
        double[] triangle = {t.toScreenX(-0.5), t.toScreenY(-0.5), t.toScreenX(2.5), t.toScreenY(-0.5),
            t.toScreenX(-0.5), t.toScreenY(2.5)};
        vm.choice().selectLasso(triangle);
        assertArrayEquals(new int[] {0, 1, 3}, vm.selectionProperty().get());
    }

    @Test
    void pickFindsTheNearestVisiblePoint() {
        show2d();
        var t = vm.transform();
        assertEquals(4, vm.choice().pick(t.toScreenX(1) + 2, t.toScreenY(1) - 1, 6));
        assertEquals(-1, vm.choice().pick(t.toScreenX(0.5), t.toScreenY(0.5), 3));
    }

    @Test
    void newCodesDuringTrainingRefitSoSpreadingPointsStayInView() {
        show2d();
        vm.render(new ScatterRaster(200, 200));
        double scale = vm.transform().scale();
        vm.updateCodes(scaled(3));
        vm.render(new ScatterRaster(200, 200));
        assertEquals(scale / 3, vm.transform().scale(), scale * 0.05, "the frame grows with the codes");
        assertEquals(6f, vm.projectedProperty().get().points()[4], "points follow the new codes");
    }

    @Test
    void newCodesKeepTheFrameTheUserChose() {
        show2d();
        vm.render(new ScatterRaster(200, 200));
        vm.zoom(2, 100, 100);
        var t = vm.transform();
        double x0 = t.toScreenX(0);
        double scale = t.scale();
        vm.updateCodes(scaled(3));
        vm.render(new ScatterRaster(200, 200));
        assertEquals(x0, t.toScreenX(0), 1e-9);
        assertEquals(scale, t.scale(), 1e-9);
        assertEquals(6f, vm.projectedProperty().get().points()[4], "points follow the new codes");
    }

    private static float[] scaled(float factor) {
        float[] moved = EmbeddingFixtures.grid2d().codes().clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] *= factor;
        }
        return moved;
    }

    @Test
    void panAndZoomKeepThePointUnderTheCursor() {
        show2d();
        var t = vm.transform();
        double dataX = t.toDataX(50);
        double dataY = t.toDataY(70);
        vm.zoom(2, 50, 70);
        assertEquals(dataX, t.toDataX(50), 1e-9);
        assertEquals(dataY, t.toDataY(70), 1e-9);
        double before = t.toScreenX(1);
        vm.pan(10, 0);
        assertEquals(before + 10, t.toScreenX(1), 1e-9);
    }

    @Test
    void aMarkerCodeCanBeDraggedAcrossTheLinearPlot() {
        show2d();
        var t = vm.transform();
        float[] code = vm.marker().codeAt(new float[] {0, 0}, t.toScreenX(1.5), t.toScreenY(0.5));
        assertEquals(1.5f, code[0], 1e-4);
        assertEquals(0.5f, code[1], 1e-4);
        double[] s = vm.marker().screenOf(code);
        assertEquals(t.toScreenX(1.5), s[0], 1e-3);
    }

    @Test
    void aMarkerFarOffThePlotStaysOnItsEdgePointingToTheCode() {
        show2d();
        vm.markerProperty().set(new float[] {1, 1});
        var near = vm.marker().spot(20);
        assertFalse(near.offPlot(), "the middle point is on the plot");
        vm.markerProperty().set(new float[] {-30, 1});
        var far = vm.marker().spot(20);
        assertTrue(far.offPlot(), "a code far to the left is off the plot");
        assertEquals(20, far.x(), 1e-6, "held at the left edge, inside the frame");
        assertTrue(far.y() >= 20 && far.y() <= 180, "inside the frame vertically: " + far.y());
        assertEquals(180, Math.abs(far.angle()), 1, "pointing left: " + far.angle());
    }

    @Test
    void renderedPixelsShowVisibleClassesOnly() {
        show2d();
        ScatterRaster raster = new ScatterRaster(200, 200);
        vm.render(raster);
        int x = (int) Math.round(vm.transform().toScreenX(2));
        int y = (int) Math.round(vm.transform().toScreenY(0));
        assertEquals(latentlab.ui.common.Palette.argb(2), raster.pixels()[y * 200 + x]);
        vm.choice().setHidden(2, true);
        vm.render(raster);
        int px = raster.pixels()[y * 200 + x];
        assertTrue(px == raster.background() || px == raster.colors().grid(), "only the background or a grid line");
    }

    @Test
    void anAxisBeyondTheCodeIsRefusedWithAMessage() {
        vm.setData(EmbeddingFixtures.clusters(50, 4, 2, 1));
        vm.projection().setAxis(1, 6);
        vm.reproject(false);
        assertTrue(vm.projection().statusProperty().get().contains("no z7"), vm.projection().statusProperty().get());
        assertEquals(50, vm.projectedProperty().get().size(), "the previous picture stays");
    }
}
