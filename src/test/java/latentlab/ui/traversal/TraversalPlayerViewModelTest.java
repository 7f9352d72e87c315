package latentlab.ui.traversal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import latentlab.latent.path.CodePath;
import latentlab.latent.path.Interpolation;
import org.junit.jupiter.api.Test;

class TraversalPlayerViewModelTest {

    private final PlayerClock clock = new PlayerClock(new ManualPulse());
    private final CodePath crossing = Interpolation.linear(new float[] {-2, 0}, new float[] {2, 0}, 24);

    @Test
    void theJumpyModelsLargestStepIsWhereItsCodeCrossesTheHole() {
        TraversalPlayerViewModel vm = new TraversalPlayerViewModel("AE", TraversalFixtures.source(true), clock);
        assertEquals(TraversalPlayerViewModel.NOTHING_PLAYED, vm.messageProperty().get(), "the empty frame says why");
        vm.show(crossing, "linear, 24 steps");
        var frames = vm.framesProperty().get();
        assertEquals(25, frames.count());
        assertEquals(28, frames.side());
        assertEquals(11, frames.profile().largest(), "z1 crosses 0 between frames 11 and 12");
        assertEquals("Largest step " + String.format("%.1f", frames.profile().max()) + " (frames 11 to 12), "
                + String.format("%.1f", frames.profile().maxOverMean()) + "\u00d7 the mean",
                frames.profile().summary());
        assertEquals("", vm.messageProperty().get());
        assertEquals("linear, 24 steps", vm.captionProperty().get());

        TraversalPlayerViewModel smooth = new TraversalPlayerViewModel("VAE", TraversalFixtures.source(false), clock);
        smooth.show(crossing, "");
        double evenness = smooth.framesProperty().get().profile().maxOverMean();
        assertEquals(1, evenness, 1e-3, "a linear blend changes the picture by the same amount each step");
    }

    @Test
    void anAnswerForAReplacedPathIsDropped() {
        List<Consumer<float[]>> pending = new ArrayList<>();
        FrameSource later = (codes, n, images, error) -> pending.add(images);
        TraversalPlayerViewModel vm = new TraversalPlayerViewModel("AE", later, clock);
        vm.show(crossing, "first");
        assertEquals("Decoding 25 frames\u2026", vm.messageProperty().get());
        vm.show(Interpolation.linear(new float[] {0, 0}, new float[] {1, 1}, 3), "second");
        pending.get(0).accept(new float[25 * 784]);
        assertNull(vm.framesProperty().get(), "the first path's frames arrived too late to show");
        pending.get(1).accept(new float[4 * 784]);
        assertEquals(4, vm.framesProperty().get().count());
    }

    @Test
    void aFailedOrMisshapenDecodeSaysWhyInOneLine() {
        TraversalPlayerViewModel failing = new TraversalPlayerViewModel("VAE",
                (codes, n, images, error) -> error.accept("No model is loaded: train or open one first"), clock);
        failing.show(crossing, "");
        assertEquals("VAE: No model is loaded: train or open one first", failing.messageProperty().get());
        assertNull(failing.framesProperty().get());

        TraversalPlayerViewModel odd = new TraversalPlayerViewModel("AE",
                (codes, n, images, error) -> images.accept(new float[n * 10]), clock);
        odd.show(crossing, "");
        assertEquals("AE gave 250 pixel values for 25 frames, which are not square images",
                odd.messageProperty().get());
        assertNull(odd.framesProperty().get());
    }

    @Test
    void clearingForgetsTheFramesAndAnyAnswerStillOnItsWay() {
        List<Consumer<float[]>> pending = new ArrayList<>();
        TraversalPlayerViewModel vm = new TraversalPlayerViewModel("AE", (c, n, images, e) -> pending.add(images),
                clock);
        vm.show(crossing, "x");
        vm.clear();
        pending.get(0).accept(new float[25 * 784]);
        assertNull(vm.framesProperty().get());
        assertEquals("", vm.captionProperty().get());
        vm.show(crossing, "x");
        pending.get(1).accept(new float[25 * 784]);
        assertNotNull(vm.framesProperty().get());
        assertEquals("Every frame is the same picture", vm.framesProperty().get().profile().summary());
    }
}
