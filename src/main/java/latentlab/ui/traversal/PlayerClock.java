package latentlab.ui.traversal;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The one timeline every player of a comparison follows: which frame is shown, whether it plays,
 * how fast, and whether it starts over at the end. Players read the frame from here and never
 * keep their own, so two models always show the same step of the same traversal.
 */
public final class PlayerClock {

    /** Speeds offered, in frames per second. */
    public static final double MIN_FPS = 1;
    public static final double MAX_FPS = 30;
    static final double DEFAULT_FPS = 8;

    private final Pulse pulse;
    private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper frame = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty loop = new SimpleBooleanProperty(true);
    private final DoubleProperty fps = new SimpleDoubleProperty(DEFAULT_FPS);

    public PlayerClock(Pulse pulse) {
        this.pulse = pulse;
        fps.addListener((o, a, b) -> {
            double clamped = Math.max(MIN_FPS, Math.min(MAX_FPS, b.doubleValue()));
            if (clamped != b.doubleValue()) {
                fps.set(clamped);
            } else if (playing.get()) {
                pulse.start(clamped, this::advance);
            }
        });
    }

    public ReadOnlyIntegerProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }

    /** Index of the frame every player shows, 0 .. frameCount - 1. */
    public ReadOnlyIntegerProperty frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether playing past the last frame starts again at the first, or stops there. */
    public BooleanProperty loopProperty() {
        return loop;
    }

    /** Frames per second, held within {@link #MIN_FPS} .. {@link #MAX_FPS}. */
    public DoubleProperty fpsProperty() {
        return fps;
    }

    /** A new traversal of {@code count} frames: stopped, at its first frame. */
    public void reset(int count) {
        pause();
        frame.set(0);
        frameCount.set(Math.max(0, count));
    }

    /** Starts playing; at the last frame of a traversal that does not loop, from the first again. */
    public void play() {
        if (frameCount.get() < 2 || playing.get()) {
            return;
        }
        if (frame.get() == frameCount.get() - 1 && !loop.get()) {
            frame.set(0);
        }
        playing.set(true);
        pulse.start(fps.get(), this::advance);
    }

    public void pause() {
        playing.set(false);
        pulse.stop();
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Shows frame {@code index} (held within the traversal), playing on from there if playing. */
    public void seek(int index) {
        if (frameCount.get() > 0) {
            frame.set(Math.max(0, Math.min(frameCount.get() - 1, index)));
        }
    }

    /** One beat: the next frame, or the first after the last when looping; at the end otherwise, stop. */
    void advance() {
        if (!playing.get()) {
            return;
        }
        int next = frame.get() + 1;
        if (next < frameCount.get()) {
            frame.set(next);
        } else if (loop.get()) {
            frame.set(0);
        } else {
            pause();
        }
    }
}
