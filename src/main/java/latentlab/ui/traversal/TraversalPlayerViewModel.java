package latentlab.ui.traversal;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import latentlab.latent.path.CodePath;

/**
 * One model's side of a traversal: it decodes the model's own path through its source and shows
 * whichever frame the shared {@link PlayerClock} is at, with the pixel change of every step.
 */
public final class TraversalPlayerViewModel {

    /**
     * A decoded traversal.
     *
     * @param images count square images of side x side, row-major, one after another
     */
    public record Frames(float[] images, int count, int side, StepProfile profile) {
        public int pixels() {
            return side * side;
        }
    }

    private final String name;
    private final FrameSource source;
    private final PlayerClock clock;
    private final ReadOnlyObjectWrapper<Frames> frames = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper frame = new ReadOnlyIntegerWrapper();
    /** What the empty frame says before a traversal is played (it was a black square). */
    static final String NOTHING_PLAYED = "Play traversal draws the path here";
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(NOTHING_PLAYED);
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final DoubleProperty stepScale = new SimpleDoubleProperty(0);
    /** Tells an answer to the current path from a late one to a path since replaced. */
    private long request;

    public TraversalPlayerViewModel(String name, FrameSource source, PlayerClock clock) {
        this.name = name;
        this.source = source;
        this.clock = clock;
        // A binding holds the clock only weakly: a player dropped for new models is not kept alive by it.
        frame.bind(clock.frameProperty());
    }

    /** The model's name, shown above its frames. */
    public String name() {
        return name;
    }

    public PlayerClock clock() {
        return clock;
    }

    public ReadOnlyObjectProperty<Frames> framesProperty() {
        return frames.getReadOnlyProperty();
    }

    /** Index of the frame shown: the shared clock's. */
    public ReadOnlyIntegerProperty frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** What is going on when no frames can be shown: decoding, or why decoding failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Which path this model follows, e.g. "spherical, 24 steps". */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /**
     * The step size the sparkline's full height stands for; 0 means this player's own largest
     * step. Players side by side share one, so equal heights mean equal changes.
     */
    public DoubleProperty stepScaleProperty() {
        return stepScale;
    }

    /** Decodes {@code path} and shows it once it arrives; the frames of the previous path go at once. */
    public void show(CodePath path, String description) {
        long mine = ++request;
        frames.set(null);
        caption.set(description);
        int n = path.size();
        message.set("Decoding " + n + " frames\u2026");
        source.decode(path.codes(), n, images -> {
            if (mine == request) {
                accept(images, n);
            }
        }, error -> {
            if (mine == request) {
                message.set(name + ": " + error);
            }
        });
    }

    /** Forgets the traversal (no model, or a new one is being chosen). */
    public void clear() {
        request++;
        frames.set(null);
        caption.set("");
        message.set(NOTHING_PLAYED);
    }

    private void accept(float[] images, int n) {
        int pixels = images.length / n;
        int side = (int) Math.round(Math.sqrt(pixels));
        if (images.length % n != 0 || side * side != pixels || pixels == 0) {
            message.set(name + " gave " + images.length + " pixel values for " + n
                    + " frames, which are not square images");
            return;
        }
        frames.set(new Frames(images, n, side, StepProfile.of(images, n, pixels)));
        message.set("");
    }
}
