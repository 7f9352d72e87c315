package latentlab.ui.explorer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import latentlab.latent.EmbeddingData;
import latentlab.latent.LatentStats;
import latentlab.latent.ManifoldGrid;
import latentlab.ui.common.CodecAccess;

/**
 * A regular grid over two latent dimensions, decoded in one batch: for a VAE the grid spans the
 * prior's quantiles (equal prior mass per cell), for other models the range of their codes. The
 * other dimensions stay at the mean code.
 */
public final class ManifoldGridViewModel {

    /** The decoded grid: {@code images} holds size x size images row by row, top row first. */
    public record Grid(int size, int dimX, int dimY, double[] xs, double[] ys, float[] images, int side) {
    }

    private final CodecAccess codec;
    private final Object key = new Object();
    private final IntegerProperty size = new SimpleIntegerProperty(15);
    private final IntegerProperty dimX = new SimpleIntegerProperty(0);
    private final IntegerProperty dimY = new SimpleIntegerProperty(1);
    private final ReadOnlyObjectWrapper<Grid> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private EmbeddingData data;
    private LatentStats stats;
    private boolean variational;

    public ManifoldGridViewModel(CodecAccess codec) {
        this.codec = codec;
        size.addListener((o, a, b) -> refresh());
        dimX.addListener((o, a, b) -> refresh());
        dimY.addListener((o, a, b) -> refresh());
    }

    public IntegerProperty sizeProperty() {
        return size;
    }

    public IntegerProperty dimXProperty() {
        return dimX;
    }

    public IntegerProperty dimYProperty() {
        return dimY;
    }

    public ReadOnlyObjectProperty<Grid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public EmbeddingData data() {
        return data;
    }

    /** Whether the grid spans the prior's quantiles (a variational model) rather than the codes' range. */
    public boolean isVariational() {
        return variational;
    }

    public void setData(EmbeddingData d, boolean variationalModel) {
        data = d;
        stats = LatentStats.of(d.codes(), d.dim());
        variational = variationalModel;
        refresh();
    }

    /** Axis values of the grid for the current settings. */
    public double[][] axes() {
        int n = size.get();
        return new double[][] {ManifoldGrid.axis(variational, stats, dimX.get(), n),
            ManifoldGrid.axis(variational, stats, dimY.get(), n)};
    }

    /** Recomputes and decodes the grid (after new data, settings or a new model). */
    public void refresh() {
        if (data == null) {
            return;
        }
        if (data.dim() < 2) {
            message.set("A grid needs a latent space of at least 2 dimensions");
            return;
        }
        if (dimX.get() == dimY.get() || dimX.get() >= data.dim() || dimY.get() >= data.dim()) {
            message.set("Choose two different dimensions between 1 and " + data.dim());
            return;
        }
        if (!codec.hasCodec()) {
            message.set("No model: a grid needs a decoder");
            return;
        }
        double[][] ax = axes();
        float[] base = variational ? new float[data.dim()] : stats.meanCode();
        float[] codes = ManifoldGrid.codes(base, dimX.get(), dimY.get(), ax[0], ax[1]);
        int n = size.get();
        int x = dimX.get();
        int y = dimY.get();
        int side = data.side();
        message.set("Decoding " + n * n + " codes\u2026");
        codec.decodeAll(key, codes, null, images -> {
            grid.set(new Grid(n, x, y, ax[0], ax[1], images, side));
            message.set(variational ? "Grid at prior quantiles " + String.format("%.2f", ax[0][0]) + " \u2026 "
                    + String.format("%.2f", ax[0][n - 1]) : "Grid over the codes' range; other dimensions at the mean");
        }, message::set);
    }
}
