package latentlab.ui.traversal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import latentlab.export.GifFile;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraversalViewModelTest {

    @TempDir
    Path dir;

    private final ManualPulse pulse = new ManualPulse();
    private final TraversalViewModel vm = new TraversalViewModel(pulse, new SameThreadExecutor());

    TraversalViewModelTest() {
        vm.setModels(TraversalFixtures.pair());
        vm.chooser().sampleAProperty().set(TraversalFixtures.LEFT);
        vm.chooser().sampleBProperty().set(TraversalFixtures.RIGHT);
    }

    @Test
    void startingDecodesEveryModelsPathAndPlaysThemOnOneClock() {
        vm.start();
        assertEquals(25, vm.clock().frameCountProperty().get());
        assertTrue(vm.clock().playingProperty().get());
        assertEquals("Interpolation from sample 0 to sample 1", vm.playingProperty().get());
        pulse.beat(3);
        for (TraversalPlayerViewModel p : vm.players()) {
            assertEquals(3, p.frameProperty().get(), p.name());
            assertEquals(25, p.framesProperty().get().count(), p.name());
        }
        assertEquals("AE", vm.players().get(0).name());
        assertEquals("VAE", vm.players().get(1).name());
    }

    @Test
    void bothSparklinesShareTheLargerStepAsTheirScale() {
        vm.start();
        var ae = vm.players().get(0);
        var vae = vm.players().get(1);
        double aeMax = ae.framesProperty().get().profile().max();
        assertTrue(aeMax > 5 * vae.framesProperty().get().profile().max(), "the AE's jump dwarfs the VAE's steps");
        assertEquals(aeMax, ae.stepScaleProperty().get(), 1e-12);
        assertEquals(aeMax, vae.stepScaleProperty().get(), 1e-12);
    }

    @Test
    void badSettingsLeaveTheTraversalOnShowAsItWas() {
        vm.start();
        pulse.beat(2);
        vm.chooser().sampleBProperty().set(TraversalFixtures.LEFT);
        vm.start();
        assertEquals("Choose two different samples to interpolate between", vm.chooser().messageProperty().get());
        assertEquals(2, vm.clock().frameProperty().get());
        assertTrue(vm.clock().playingProperty().get());
    }

    @Test
    void theGifHoldsEveryFrameOfBothModelsAtThePlayingSpeed() throws Exception {
        vm.chooser().stepsProperty().set(9);
        vm.clock().fpsProperty().set(5);
        vm.start();
        Path gif = dir.resolve("traversal.gif");
        vm.exportGif(gif);
        assertEquals("Saved traversal.gif: 10 frames, looping", vm.exportMessageProperty().get());
        GifFile read = GifFile.read(gif);
        assertEquals(10, read.frames().size());
        assertEquals(0, read.loops());
        assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20, 20, 20, 20, 20}, read.delays(), "5 fps: 0.2 s a frame");
        int cell = 28 * TraversalGifExport.SCALE;
        int[] left = {GifFile.columnLeft(0, cell), GifFile.columnLeft(1, cell)};
        // The middle of the bar, row 14 column 13 of the digit: dark in a ring, white in a bar.
        int x = 13 * TraversalGifExport.SCALE + 1;
        int y = GifFile.labelBand() + 14 * TraversalGifExport.SCALE + 1;
        assertTrue(read.grey(0, left[0] + x, y) < 40, "the AE starts at the ring");
        assertTrue(read.grey(9, left[0] + x, y) > 200, "and ends at the bar");
        int half = read.grey(4, left[1] + x, y);
        assertTrue(half > 60 && half < 200, "the VAE is half way between them half way along: " + half);
    }

    @Test
    void exportingBeforeAnyFramesSaysSoAndWritesNothing() {
        Path gif = dir.resolve("nothing.gif");
        vm.exportGif(gif);
        assertEquals("Nothing to export yet: AE has no decoded frames", vm.exportMessageProperty().get());
        assertFalse(Files.exists(gif));
    }
}
