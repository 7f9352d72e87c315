package latentlab.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import latentlab.latent.EmbeddingData;
import latentlab.latent.LatentStats;
import latentlab.latent.LinearProjection;

/**
 * What a scatter draws besides its points, and whether it can: the prior's 1-sigma and 2-sigma
 * circles and its density (for a variational model, where the axes are raw latent dimensions), and
 * a hole map of classifier confidences (where the projection is linear, so a plot point stands for
 * a code). The hole map comes from a {@link HoleMapSource} or is given with {@link #setHoleMap}.
 */
public final class PlotLayers {

    private final BooleanProperty priorCircles = new SimpleBooleanProperty(true);
    private final BooleanProperty priorDensity = new SimpleBooleanProperty(false);
    private final BooleanProperty holeMapShown = new SimpleBooleanProperty(true);
    private final IntegerProperty holeMapCells = new SimpleIntegerProperty(24);
    private final ReadOnlyBooleanWrapper priorAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper linear = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<HoleMap> holeMap = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<HoleMapSource> source = new SimpleObjectProperty<>();
    private long generation;

    /** @param changed called when the picture must be redrawn */
    PlotLayers(Runnable changed) {
        for (var p : List.of(priorCircles, priorDensity, holeMapShown, priorAvailable, holeMap)) {
            p.addListener((o, a, b) -> changed.run());
        }
    }

    /** Draw the prior's 1-sigma and 2-sigma circles (when available). */
    public BooleanProperty priorCirclesProperty() {
        return priorCircles;
    }

    /** Shade the prior's density N(0, I) under the points (when available). */
    public BooleanProperty priorDensityProperty() {
        return priorDensity;
    }

    /** True for a variational model shown on two of its raw latent dimensions. */
    public ReadOnlyBooleanProperty priorAvailableProperty() {
        return priorAvailable.getReadOnlyProperty();
    }

    /** True when the projection is linear: a hole map can then be decoded from plot points. */
    public ReadOnlyBooleanProperty linearProperty() {
        return linear.getReadOnlyProperty();
    }

    /** Draw the hole map under the points (when there is one). */
    public BooleanProperty holeMapShownProperty() {
        return holeMapShown;
    }

    /** Cells per side of the hole maps asked of the source. */
    public IntegerProperty holeMapCellsProperty() {
        return holeMapCells;
    }

    /** Where hole maps of the visible region come from (null: only those given with {@link #setHoleMap}). */
    public ObjectProperty<HoleMapSource> sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<HoleMap> holeMapProperty() {
        return holeMap.getReadOnlyProperty();
    }

    /**
     * Shows confidences over {@code range}: {@code n x n} values in [0, 1], row-major, row 0 at the
     * top. Replaces any map asked of the source before.
     *
     * @throws IllegalArgumentException when the values do not fit the grid or leave [0, 1]
     */
    public void setHoleMap(DataRange range, int n, float[] values) {
        HoleMap map = new HoleMap(range, n, values);
        generation++;
        holeMap.set(map);
    }

    /** Removes the hole map. */
    public void clearHoleMap() {
        generation++;
        holeMap.set(null);
    }

    boolean showsCircles() {
        return priorAvailable.get() && priorCircles.get();
    }

    void setPriorAvailable(boolean available) {
        priorAvailable.set(available);
    }

    void setLinear(boolean isLinear) {
        linear.set(isLinear);
    }

    /** The layers to paint under the points, bottom first. */
    List<RasterLayer> under(List<AxisTicks.Tick> xTicks, List<AxisTicks.Tick> yTicks) {
        List<RasterLayer> out = new ArrayList<>(3);
        if (holeMapShown.get() && holeMap.get() != null) {
            out.add(HoleMapLayer.of(holeMap.get()));
        }
        if (priorAvailable.get() && priorDensity.get()) {
            out.add(PriorOverlay.density());
        }
        out.add(GridLines.at(xTicks, yTicks));
        return out;
    }

    /**
     * Asks the source for a map of {@code visible}: the code of each cell's centre is a base code
     * moved within the plot's plane to that point. Dimensions off the plane sit where the manifold
     * grid puts them: at the prior's mean for a variational model, the codes' mean otherwise.
     * Nothing is asked while the map is hidden or the projection is not linear.
     */
    void request(DataRange visible, LinearProjection projection, EmbeddingData data, boolean variational) {
        HoleMapSource s = source.get();
        if (s == null || !holeMapShown.get() || projection == null || data == null || data.dim() != projection.dim()) {
            return;
        }
        float[] base = variational ? new float[data.dim()] : LatentStats.of(data.codes(), data.dim()).meanCode();
        int n = holeMapCells.get();
        float[] centres = HoleMap.cellCentres(visible, n);
        int dim = projection.dim();
        float[] codes = new float[n * n * dim];
        for (int k = 0; k < n * n; k++) {
            float[] c = projection.moveTo(base, new float[] {centres[2 * k], centres[2 * k + 1]});
            System.arraycopy(c, 0, codes, k * dim, dim);
        }
        long asked = ++generation;
        s.classify(new HoleMapSource.Request(visible, n, codes, dim), values -> {
            if (asked == generation) {
                holeMap.set(new HoleMap(visible, n, values));
            }
        });
    }
}
