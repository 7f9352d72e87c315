package latentlab.ui.traversal;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** A {@link Pulse} from a JavaFX timeline, so ticks land on the FX thread with the animation pulse. */
public final class TimelinePulse implements Pulse {

    private Timeline timeline;

    @Override
    public void start(double perSecond, Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.seconds(1 / perSecond), e -> tick.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
