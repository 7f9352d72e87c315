package latentlab.ui.plot;

import latentlab.ui.task.SameThreadExecutor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import latentlab.latent.ProjectionMethod;
import org.junit.jupiter.api.Test;

/** The prior's circles and density, and the hole map, under a scatter's points. */
class ScatterLayersTest {

    private final ScatterViewModel vm = new ScatterViewModel(new SameThreadExecutor());
    private final ScatterRaster raster = new ScatterRaster(200, 200);

    private void showVae2d() {
        vm.variationalProperty().set(true);
        vm.setData(EmbeddingFixtures.grid2d());
        vm.setViewport(200, 200);
        vm.render(raster);
    }

    @Test
    void theCirclesOfAVariationalModelMeasureOneAndTwoSigmaInPixels() {
        showVae2d();
        var t = vm.transform();
        List<PriorOverlay.Ring> rings = vm.priorRings();
        assertEquals(2, rings.size());
        assertEquals(t.scale(), rings.get(0).radius(), 1e-9, "1 sigma is one data unit");
        assertEquals(2 * t.scale(), rings.get(1).radius(), 1e-9);
        assertEquals(t.toScreenX(0), rings.get(0).centreX(), 1e-9, "about the origin");
        assertEquals(t.toScreenY(0), rings.get(0).centreY(), 1e-9);
    }

    @Test
    void theCirclesFollowZoomAndPan() {
        showVae2d();
        double before = vm.priorRings().get(1).radius();
        vm.zoom(2, 37, 81);
        vm.pan(15, -4);
        PriorOverlay.Ring after = vm.priorRings().get(1);
        assertEquals(2 * before, after.radius(), 1e-9, "twice the zoom, twice the radius");
        assertEquals(vm.transform().toScreenX(0), after.centreX(), 1e-9);
        assertEquals(vm.transform().toScreenY(0), after.centreY(), 1e-9);
        // A point two units from the origin lies on the 2-sigma circle.
        double dx = vm.transform().toScreenX(2) - after.centreX();
        assertEquals(after.radius(), dx, 1e-9);
    }

    @Test
    void thePriorIsShownOnlyForAVariationalModelOnItsRawLatentAxes() {
        vm.setData(EmbeddingFixtures.grid2d());
        vm.setViewport(200, 200);
        vm.render(raster);
        assertTrue(vm.priorRings().isEmpty(), "an autoencoder has no prior");
        assertFalse(vm.layers().priorAvailableProperty().get());
        vm.variationalProperty().set(true);
        assertTrue(vm.layers().priorAvailableProperty().get(), "the same plot of a VAE shows it");
        vm.setData(EmbeddingFixtures.clusters(300, 6, 3, 1));
        assertTrue(vm.layers().priorAvailableProperty().get(), "two of six latent axes are raw coordinates");
        vm.projection().methodProperty().set(ProjectionMethod.PCA);
        assertFalse(vm.layers().priorAvailableProperty().get(), "principal components are not latent coordinates");
        assertTrue(vm.priorRings().isEmpty());
        vm.projection().methodProperty().set(ProjectionMethod.AXES);
        vm.layers().priorCirclesProperty().set(false);
        assertTrue(vm.priorRings().isEmpty(), "switched off");
    }

    @Test
    void theDensityShadesTheOriginMoreThanThreeSigmaOut() {
        showVae2d();
        vm.layers().priorDensityProperty().set(true);
        // The origin is a corner point of the 3 x 3 grid: look beside the points instead.
        vm.render(raster);
        int centre = pixelAt(0.3, 0.3);
        int far = pixelAt(2.1, 1.3);
        int bg = raster.background();
        assertTrue(distance(centre, bg) > 3 * distance(far, bg), "shaded near the mean, faint three sigma out");
        vm.layers().priorDensityProperty().set(false);
        vm.render(raster);
        int plain = pixelAt(0.3, 0.3);
        assertTrue(plain == bg || plain == raster.colors().grid(), "no shading when switched off");
    }

    @Test
    void aHoleMapColoursEachCellUnderThePoints() {
        showVae2d();
        float[] v = new float[4];
        java.util.Arrays.fill(v, 1);
        v[2] = 0; // row 1, column 0: the lower left quarter
        vm.layers().setHoleMap(new DataRange(-1, -1, 3, 3), 2, v);
        vm.render(raster);
        int hole = ConfidenceScale.argb(0, raster.background());
        assertEquals(hole, pixelAt(0.4, 0.3), "lower left quarter drawn as a hole");
        assertEquals(raster.background(), pixelAt(1.6, 0.3), "a confident cell keeps the background");
        assertEquals(latentlab.ui.common.Palette.argb(1), pixelAt(1, 1), "points stay on top");
        vm.layers().holeMapShownProperty().set(false);
        vm.render(raster);
        assertEquals(raster.background(), pixelAt(0.4, 0.3), "hidden when switched off");
    }

    @Test
    void theSourceIsAskedForTheVisibleRegionAndAStaleAnswerIsDropped() {
        List<HoleMapSource.Request> asked = new ArrayList<>();
        List<Consumer<float[]>> answers = new ArrayList<>();
        showVae2d();
        vm.layers().holeMapCellsProperty().set(3);
        vm.layers().sourceProperty().set((request, done) -> {
            asked.add(request);
            answers.add(done);
        });
        vm.render(raster);
        assertEquals(1, asked.size(), "asked once the plot is drawn");
        HoleMapSource.Request first = asked.get(0);
        DataRange visible = vm.frame().visible();
        assertEquals(visible, first.range());
        assertEquals(2, first.dim());
        float[] centres = HoleMap.cellCentres(visible, 3);
        assertArrayEquals(centres, first.codes(), 1e-5f, "for 2D codes each cell's code is its centre");

        vm.zoom(2, 100, 100);
        vm.viewSettled();
        vm.render(raster);
        assertEquals(2, asked.size(), "asked again for the new view");
        answers.get(0).accept(new float[9]);
        assertNull(vm.layers().holeMapProperty().get(), "the answer to an older view is dropped");
        float[] fresh = new float[9];
        fresh[4] = 1;
        answers.get(1).accept(fresh);
        assertNotNull(vm.layers().holeMapProperty().get());
        assertEquals(asked.get(1).range(), vm.layers().holeMapProperty().get().range());
    }

    @Test
    void cellsOfALargerCodeKeepItsOtherDimensionsAtThePriorMean() {
        vm.variationalProperty().set(true);
        vm.setData(EmbeddingFixtures.clusters(200, 4, 2, 3));
        vm.projection().setAxis(0, 2);
        vm.projection().setAxis(1, 0);
        vm.reproject(true);
        vm.setViewport(200, 200);
        List<HoleMapSource.Request> asked = new ArrayList<>();
        vm.layers().holeMapCellsProperty().set(2);
        vm.layers().sourceProperty().set((request, done) -> asked.add(request));
        vm.render(raster);
        float[] codes = asked.get(0).codes();
        float[] centres = HoleMap.cellCentres(asked.get(0).range(), 2);
        assertEquals(4, asked.get(0).dim());
        assertEquals(centres[0], codes[2], 1e-5, "plot x is z3");
        assertEquals(centres[1], codes[0], 1e-5, "plot y is z1");
        assertEquals(0, codes[1], 1e-6);
        assertEquals(0, codes[3], 1e-6);
    }

    private int pixelAt(double x, double y) {
        int sx = (int) Math.round(vm.transform().toScreenX(x));
        int sy = (int) Math.round(vm.transform().toScreenY(y));
        return raster.pixels()[sy * raster.width() + sx];
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d += Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
        }
        return d;
    }
}
