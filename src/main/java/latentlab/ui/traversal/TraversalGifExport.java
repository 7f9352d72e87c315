package latentlab.ui.traversal;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import latentlab.export.AnimatedGif;
import latentlab.export.SideBySideFrames;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;

/**
 * The played traversal as an animated GIF: every player's frames side by side under its model's
 * name, a caption with the frame's place on the path, at the speed it plays, looping.
 */
final class TraversalGifExport {

    /** Each decoded pixel becomes a block this wide: a 28-pixel digit is 112 pixels in the GIF. */
    static final int SCALE = 4;

    private final TaskExecutor background;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    TraversalGifExport(TaskExecutor background) {
        this.background = background;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Writes the frames the players hold now; says in the message why not when some are missing.
     *
     * @param kind the traversal's kind for the captions, e.g. "interpolation"
     */
    void write(List<TraversalPlayerViewModel> players, String kind, double fps, Path file) {
        List<String> labels = new ArrayList<>();
        List<float[]> images = new ArrayList<>();
        TraversalPlayerViewModel.Frames first = null;
        for (TraversalPlayerViewModel p : players) {
            TraversalPlayerViewModel.Frames f = p.framesProperty().get();
            if (f == null) {
                message.set("Nothing to export yet: " + p.name() + " has no decoded frames");
                return;
            }
            if (first != null && (f.count() != first.count() || f.side() != first.side())) {
                message.set("The models' frames differ in number or size, so they cannot share a GIF");
                return;
            }
            first = first == null ? f : first;
            labels.add(p.name());
            images.add(f.images());
        }
        if (first == null) {
            message.set("Nothing to export yet: play a traversal first");
            return;
        }
        int count = first.count();
        int side = first.side();
        List<String> captions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            captions.add((kind.isEmpty() ? "" : kind + ", ") + "frame " + (i + 1) + " of " + count);
        }
        int[] delays = new int[count];
        // GIF delays are in hundredths of a second.
        java.util.Arrays.fill(delays, (int) Math.max(1, Math.round(100 / fps)));
        message.set("Writing " + file.getFileName() + "\u2026");
        BackgroundTask.wrap(() -> {
            List<BufferedImage> frames = SideBySideFrames.compose(labels, images, side, SCALE, captions);
            AnimatedGif.write(frames, delays, file);
            return count;
        }).onSuccess(n -> message.set("Saved " + file.getFileName() + ": " + n + " frames, looping"))
                .onFailure(e -> message.set("Could not write " + file.getFileName() + ": " + e.getMessage()))
                .executeWith(background);
    }
}
