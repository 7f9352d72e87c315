package latentlab.ui.plot;

import latentlab.ui.task.SameThreadExecutor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.latent.EmbeddingData;
import latentlab.latent.ProjectionMethod;
import org.junit.jupiter.api.Test;

/** The axes a scatter shows (ticks, names) and what it frames: its own points or a shared range. */
class ScatterFrameTest {

    private final ScatterRaster raster = new ScatterRaster(300, 200);

    private ScatterViewModel shown(EmbeddingData d) {
        ScatterViewModel vm = new ScatterViewModel(new SameThreadExecutor());
        vm.setData(d);
        vm.setViewport(300, 200);
        vm.render(raster);
        return vm;
    }

    private static EmbeddingData scaled(float factor) {
        EmbeddingData d = EmbeddingFixtures.grid2d();
        float[] codes = d.codes().clone();
        for (int i = 0; i < codes.length; i++) {
            codes[i] = codes[i] * factor - factor;
        }
        return d.withCodes(codes);
    }

    @Test
    void ticksSitWhereTheirValuesAreDrawnAndFollowZoomAndPan() {
        ScatterViewModel vm = shown(EmbeddingFixtures.grid2d());
        checkTicks(vm);
        assertEquals(List.of("0", "1", "2"), labels(vm.ticksX()));
        vm.zoom(4, 150, 100);
        vm.pan(-40, 25);
        vm.render(raster);
        checkTicks(vm);
        // 88 pixels per unit before, 352 after: ticks at least 64 pixels apart are 0.2 apart.
        assertTrue(labels(vm.ticksX()).contains("1.2"), "zoomed in: finer ticks " + labels(vm.ticksX()));
    }

    private static void checkTicks(ScatterViewModel vm) {
        var t = vm.transform();
        for (AxisTicks.Tick tick : vm.ticksX()) {
            assertEquals(t.toScreenX(tick.value()), tick.screen(), 1e-6);
            assertTrue(tick.screen() >= 0 && tick.screen() <= 300, "inside the plot");
        }
        for (AxisTicks.Tick tick : vm.ticksY()) {
            assertEquals(t.toScreenY(tick.value()), tick.screen(), 1e-6);
        }
        assertTrue(vm.ticksX().size() >= 2 && vm.ticksY().size() >= 2, "both axes ticked");
    }

    private static List<String> labels(List<AxisTicks.Tick> ticks) {
        return ticks.stream().map(AxisTicks.Tick::label).toList();
    }

    @Test
    void axesAreNamedAfterWhatTheyShow() {
        ScatterViewModel vm = shown(EmbeddingFixtures.clusters(300, 6, 3, 1));
        assertEquals("z1", vm.xTitleProperty().get());
        assertEquals("z2", vm.yTitleProperty().get());
        vm.projection().setAxis(0, 3);
        vm.reproject(false);
        assertEquals("z4", vm.xTitleProperty().get());
        vm.projection().methodProperty().set(ProjectionMethod.PCA);
        assertEquals("PC1", vm.xTitleProperty().get());
        assertEquals("PC2", vm.yTitleProperty().get());
        vm.projection().maxSampleProperty().set(200);
        vm.projection().methodProperty().set(ProjectionMethod.TSNE);
        assertEquals("t-SNE 2", vm.yTitleProperty().get());
        ScatterViewModel oneD = shown(new EmbeddingData(new float[] {0, 1, 2}, 1, new int[3], List.of("a"), null, 28));
        assertEquals("z1", oneD.xTitleProperty().get());
        assertEquals("", oneD.yTitleProperty().get(), "a padded axis is no latent dimension");
    }

    @Test
    void aSharedRangeOverridesTheAutoFitWhileSwitchedOn() {
        ScatterViewModel vm = shown(EmbeddingFixtures.grid2d());
        double ownScale = vm.transform().scale();
        vm.frame().sharedRangeProperty().set(new DataRange(-10, -10, 10, 10));
        vm.render(raster);
        assertEquals(ownScale, vm.transform().scale(), 1e-9, "a range alone changes nothing");
        vm.frame().sharedScaleProperty().set(true);
        vm.render(raster);
        assertEquals((200 - 2 * PlotFrame.MARGIN) / 20, vm.transform().scale(), 1e-9, "the range fills the height");
        assertEquals(150, vm.transform().toScreenX(0), 1e-9, "centred on the range");
        vm.frame().sharedScaleProperty().set(false);
        vm.render(raster);
        assertEquals(ownScale, vm.transform().scale(), 1e-9, "back to its own points");
    }

    @Test
    void linkedPlotsOfDifferentRangesShowTheSameAxes() {
        ScatterViewModel small = shown(EmbeddingFixtures.grid2d());
        ScatterViewModel wide = shown(scaled(20));
        assertNotEquals(labels(small.ticksX()), labels(wide.ticksX()), "each fits its own points");
        SharedScale.link(List.of(small, wide));
        small.frame().sharedScaleProperty().set(true);
        assertTrue(wide.frame().sharedScaleProperty().get(), "one switch for both");
        small.render(raster);
        wide.render(raster);
        assertEquals(small.transform().scale(), wide.transform().scale(), 1e-9);
        assertEquals(small.transform().toScreenX(0), wide.transform().toScreenX(0), 1e-9);
        assertEquals(labels(small.ticksX()), labels(wide.ticksX()));
        assertEquals(labels(small.ticksY()), labels(wide.ticksY()));

        // Codes that spread in training widen the shared range for both.
        wide.updateCodes(scaled(40).codes());
        small.render(raster);
        wide.render(raster);
        assertEquals(small.transform().scale(), wide.transform().scale(), 1e-9);
        assertEquals(-40, small.frame().sharedRangeProperty().get().xMin(), 1e-6);
    }
}
