package latentlab.ui.shell;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import latentlab.export.PngFile;
import latentlab.ui.common.NodeImage;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;

/**
 * File > Export view as PNG: the tab on show, both models when two are open, drawn again at the
 * chosen scale on the window's background, and written whole (or not at all) off the FX thread.
 */
final class ViewExport {
    private ViewExport() {
    }

    /** Draws {@code tab}'s view now and writes it to {@code file}; {@code say} hears how it went. */
    static void write(Tab tab, double scale, Path file, TaskExecutor background, Consumer<String> say) {
        Node content = tab.getContent();
        String what = "The " + tab.getText() + " view";
        BufferedImage image;
        try {
            if (content == null) {
                throw new IllegalArgumentException("it shows nothing yet");
            }
            image = NodeImage.capture(content, scale, backgroundOf(tab));
        } catch (IllegalArgumentException e) {
            say.accept(what + " could not be exported: " + e.getMessage());
            return;
        }
        BackgroundTask.wrap(() -> {
            PngFile.write(image, file);
            return file;
        }).onSuccess(f -> say.accept(String.format("%s is saved as %s (%d x %d pixels)", what, f,
                image.getWidth(), image.getHeight())))
                .onFailure(e -> say.accept(what + " could not be saved as " + file + ": "
                        + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())))
                .executeWith(background);
    }

    /** The colour the view is drawn on in the window: the first opaque fill behind it, else white. */
    private static Color backgroundOf(Tab tab) {
        for (Node n = tab.getContent(); n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                for (var fill : r.getBackground().getFills()) {
                    if (fill.getFill() instanceof Color c && c.getOpacity() == 1) {
                        return c;
                    }
                }
            }
        }
        if (tab.getTabPane() != null && tab.getTabPane().getScene() != null
                && tab.getTabPane().getScene().getFill() instanceof Color c && c.getOpacity() == 1) {
            return c;
        }
        return Color.WHITE;
    }
}
