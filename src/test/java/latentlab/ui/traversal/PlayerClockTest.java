package latentlab.ui.traversal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlayerClockTest {

    private final ManualPulse pulse = new ManualPulse();
    private final PlayerClock clock = new PlayerClock(pulse);

    @Test
    void playingAdvancesOneFrameABeatAndPauseHoldsTheFrame() {
        clock.reset(5);
        clock.play();
        assertTrue(clock.playingProperty().get());
        pulse.beat(3);
        assertEquals(3, clock.frameProperty().get());
        clock.pause();
        assertFalse(pulse.running(), "a paused clock asks for no more beats");
        pulse.beat(2);
        assertEquals(3, clock.frameProperty().get());
        assertFalse(clock.playingProperty().get());
    }

    @Test
    void aLoopingTraversalWrapsToTheFirstFrame() {
        clock.reset(4);
        clock.loopProperty().set(true);
        clock.play();
        pulse.beat(3);
        assertEquals(3, clock.frameProperty().get());
        pulse.beat(1);
        assertEquals(0, clock.frameProperty().get());
        assertTrue(clock.playingProperty().get());
        pulse.beat(2);
        assertEquals(2, clock.frameProperty().get());
    }

    @Test
    void withoutLoopPlayStopsOnTheLastFrameAndPlayStartsOver() {
        clock.reset(4);
        clock.loopProperty().set(false);
        clock.play();
        pulse.beat(10);
        assertEquals(3, clock.frameProperty().get());
        assertFalse(clock.playingProperty().get());
        assertFalse(pulse.running());
        clock.play();
        assertEquals(0, clock.frameProperty().get(), "play at the end starts from the first frame");
        pulse.beat(1);
        assertEquals(1, clock.frameProperty().get());
    }

    @Test
    void scrubbingMovesTheFrameWithinTheTraversalWhilePlayGoesOn() {
        clock.reset(10);
        clock.seek(7);
        assertEquals(7, clock.frameProperty().get());
        clock.seek(42);
        assertEquals(9, clock.frameProperty().get());
        clock.seek(-3);
        assertEquals(0, clock.frameProperty().get());
        clock.play();
        clock.seek(5);
        pulse.beat(1);
        assertEquals(6, clock.frameProperty().get());
    }

    @Test
    void changingSpeedWhilePlayingBeatsAtTheNewRateWithinBounds() {
        clock.reset(10);
        clock.play();
        assertEquals(8, pulse.perSecond);
        clock.fpsProperty().set(20);
        assertEquals(20, pulse.perSecond);
        clock.fpsProperty().set(500);
        assertEquals(PlayerClock.MAX_FPS, clock.fpsProperty().get());
        assertEquals(PlayerClock.MAX_FPS, pulse.perSecond);
        clock.pause();
        int starts = pulse.starts;
        clock.fpsProperty().set(2);
        assertEquals(starts, pulse.starts, "a paused clock does not start beating when its speed changes");
    }

    @Test
    void aNewTraversalStopsAndStartsAtItsFirstFrame() {
        clock.reset(10);
        clock.play();
        pulse.beat(4);
        clock.reset(6);
        assertEquals(0, clock.frameProperty().get());
        assertEquals(6, clock.frameCountProperty().get());
        assertFalse(clock.playingProperty().get());
        clock.reset(1);
        clock.play();
        assertFalse(clock.playingProperty().get(), "one frame has nothing to play");
    }
}
