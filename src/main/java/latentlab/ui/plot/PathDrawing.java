package latentlab.ui.plot;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import latentlab.latent.EmbeddingData;
import latentlab.latent.LatentStats;
import latentlab.latent.Projected;

/**
 * A path drawn over the plot, for a traversal to follow: while drawing is on, a drag draws the
 * path instead of panning, and the line becomes codes through the plot's projection. Only a
 * linear view (the codes' own axes, or PCA) can be turned back into codes; dimensions off the
 * plot's plane take the mean code's values.
 */
public final class PathDrawing {
    /** Fewer screen points than this is a click, not a path. */
    static final int MIN_POINTS = 2;

    private final BooleanProperty drawing = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<float[]> codes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Supplier<Projected> projected;
    private final Supplier<EmbeddingData> data;
    private final ViewTransform transform;

    PathDrawing(Supplier<Projected> projected, Supplier<EmbeddingData> data, ViewTransform transform) {
        this.projected = projected;
        this.data = data;
        this.transform = transform;
    }

    /** Whether a drag draws a path (instead of panning). */
    public BooleanProperty drawingProperty() {
        return drawing;
    }

    /** The last path drawn, as codes (points x dim, row-major), or null. */
    public ReadOnlyObjectProperty<float[]> codesProperty() {
        return codes.getReadOnlyProperty();
    }

    /** What became of the last path: how many points it has, or why it is no path. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Turns a line drawn on screen (x, y interleaved, in the plot's pixels) into codes. */
    public void finish(double[] screen) {
        Projected p = projected.get();
        EmbeddingData d = data.get();
        int points = screen.length / 2;
        if (points < MIN_POINTS) {
            message.set("Drag to draw a path: a click is not one");
            return;
        }
        if (p == null || d == null || p.linear() == null) {
            message.set("A path can be drawn only where the plot shows the codes' own axes or PCA: "
                    + "t-SNE and UMAP cannot be turned back into codes");
            return;
        }
        float[] base = LatentStats.of(d.codes(), d.dim()).meanCode();
        float[] out = new float[points * d.dim()];
        for (int k = 0; k < points; k++) {
            float[] code = p.linear().moveTo(base, new float[] {(float) transform.toDataX(screen[2 * k]),
                    (float) transform.toDataY(screen[2 * k + 1])});
            System.arraycopy(code, 0, out, k * d.dim(), d.dim());
        }
        codes.set(out);
        message.set("Path of " + points + " points drawn: play it in the Traversal tab");
    }

    /** Forgets the path (new samples, or drawing turned off). */
    public void clear() {
        codes.set(null);
        message.set("");
    }
}
