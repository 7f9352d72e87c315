package latentlab.ui.plot;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import latentlab.latent.EmbeddingData;
import latentlab.latent.Projected;
import latentlab.ui.task.TaskExecutor;
import latentlab.latent.ProjectionMethod;

/**
 * State of the scatter widget: the data and its projection, the frame (auto-fit or a shared
 * range, pan and zoom), the axes' ticks and titles, the layers under the points, what the user
 * chose ({@link #choice()}) and an optional marker code ({@link #marker()}). Everything a user
 * does with the mouse is a method taking screen coordinates, so it is tested without a window.
 * Redraws are requested by bumping {@link #revisionProperty()}.
 */
public final class ScatterViewModel {

    /** Fewest pixels between two ticks: labels on x are wider than they are tall. */
    static final double TICK_SPACING_X = 64;
    static final double TICK_SPACING_Y = 44;

    private final ProjectionRunner runner;
    private final ReadOnlyObjectWrapper<EmbeddingData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Projected> projected = new ReadOnlyObjectWrapper<>();
    private final ViewTransform transform = new ViewTransform();
    private final PlotFrame frame = new PlotFrame(transform, this::fit);
    private final ScatterSelection choice = new ScatterSelection(transform, this::bump);
    private final ScatterMarker marker = new ScatterMarker(projected::get, transform, frame);
    private final PlotLayers layers = new PlotLayers(this::bump);
    private final PathDrawing path = new PathDrawing(projected::get, data::get, transform);
    private final BooleanProperty variational = new SimpleBooleanProperty();
    private final StringProperty samples = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper xTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private Plotted plotted = Plotted.NONE;
    private List<AxisTicks.Tick> ticksX = List.of();
    private List<AxisTicks.Tick> ticksY = List.of();
    private boolean holeMapDue;

    /** @param projections where slow projections run */
    public ScatterViewModel(TaskExecutor projections) {
        this.runner = new ProjectionRunner(2, projections);
        runner.methodProperty().addListener((o, a, b) -> reproject(true));
        marker.codeProperty().addListener((o, a, b) -> bump());
        variational.addListener((o, a, b) -> describeAxes());
        layers.holeMapShownProperty().addListener((o, a, b) -> holeMapDue());
        layers.sourceProperty().addListener((o, a, b) -> holeMapDue());
    }

    /** Which samples are shown, in words for the legend (e.g. "training + validation"); "" when unknown. */
    public StringProperty samplesProperty() {
        return samples;
    }

    /** Whether the model is variational: its prior can then be drawn. */
    public BooleanProperty variationalProperty() {
        return variational;
    }

    public ProjectionRunner projection() {
        return runner;
    }

    public ReadOnlyObjectProperty<EmbeddingData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Projected> projectedProperty() {
        return projected.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Hidden classes, selection, hover and pin. */
    public ScatterSelection choice() {
        return choice;
    }

    public ReadOnlyObjectProperty<int[]> selectionProperty() {
        return choice.selectionProperty();
    }

    public ReadOnlyIntegerProperty hoveredProperty() {
        return choice.hoveredProperty();
    }

    public ReadOnlyIntegerProperty pinnedProperty() {
        return choice.pinnedProperty();
    }

    /** The code shown as a marker, and where it lands. */
    public ScatterMarker marker() {
        return marker;
    }

    /** A code shown as a marker (null: none); only linear projections can place it. */
    public ObjectProperty<float[]> markerProperty() {
        return marker.codeProperty();
    }

    /** The prior and the hole map under the points. */
    /** The path drawn over the plot for a traversal. */
    public PathDrawing path() {
        return path;
    }

    public PlotLayers layers() {
        return layers;
    }

    /** What is framed: the points' range or a shared one. */
    public PlotFrame frame() {
        return frame;
    }

    public ViewTransform transform() {
        return transform;
    }

    /** The name of the horizontal axis: "z1", "PC1", "t-SNE 1" ...; "" before any data. */
    public ReadOnlyStringProperty xTitleProperty() {
        return xTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yTitleProperty() {
        return yTitle.getReadOnlyProperty();
    }

    /** Ticks of the horizontal axis as last drawn, left to right; screen positions along the plot's width. */
    public List<AxisTicks.Tick> ticksX() {
        return ticksX;
    }

    /** Ticks of the vertical axis as last drawn, bottom to top; screen positions down the plot's height. */
    public List<AxisTicks.Tick> ticksY() {
        return ticksY;
    }

    /** A new set of samples: projection recomputed, view refitted, selection cleared. */
    public void setData(EmbeddingData d) {
        data.set(d);
        frame.newData();
        runner.adaptTo(d.dim());
        layers.clearHoleMap();
        choice.reset();
        reproject(true);
    }

    /**
     * New codes for the same samples (during training). Linear projections follow at once and the
     * frame stays where it is, so points move without the picture jumping; a t-SNE or UMAP layout
     * is kept until recomputed, since it would take seconds.
     */
    public void updateCodes(float[] codes) {
        EmbeddingData d = data.get();
        data.set(d.withCodes(codes));
        if (runner.methodProperty().get().isLinear()) {
            // Follow the codes as they spread out, unless the user has framed a region to watch.
            reproject(!frame.viewMoved());
        } else {
            runner.noteStale();
        }
    }

    /** Recomputes the projection with the current method, axes and subsample size. */
    public void reproject(boolean refit) {
        EmbeddingData d = data.get();
        if (d == null) {
            return;
        }
        runner.run(d, p -> apply(p, refit));
    }

    private void apply(Projected p, boolean refit) {
        EmbeddingData d = data.get();
        projected.set(p);
        int[] labels = new int[p.size()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = d.labels()[p.indices()[k]];
        }
        plotted = new Plotted(p.points(), labels, p.indices());
        frame.pointsChanged(p.points(), refit);
        choice.setPlotted(plotted);
        describeAxes();
        holeMapDue();
    }

    /** Axis titles and the layers that fit them, for the projection shown. */
    private void describeAxes() {
        Projected p = projected.get();
        EmbeddingData d = data.get();
        if (p == null || d == null) {
            return;
        }
        xTitle.set(p.axisName(0, d.dim()));
        yTitle.set(p.axisName(1, d.dim()));
        // The prior lives in raw latent coordinates: only latent axes, both real dimensions, show it.
        layers.setPriorAvailable(variational.get() && p.method() == ProjectionMethod.AXES && d.dim() >= 2);
        layers.setLinear(p.linear() != null);
        bump();
    }

    /** Called by the view with its size; the first size after new data frames the points. */
    public void setViewport(double w, double h) {
        if (frame.setViewport(w, h)) {
            holeMapDue = true;
            bump();
        }
    }

    /** Frames all plotted points (or the shared range) again. */
    public void fit() {
        frame.requestFit();
        holeMapDue();
    }

    /** The user stopped panning or zooming: a hole map follows the region now in view. */
    public void viewSettled() {
        holeMapDue();
    }

    /** Asks the hole map's source again, e.g. after the model's weights changed. */
    public void refreshHoleMap() {
        holeMapDue();
    }

    private void holeMapDue() {
        holeMapDue = true;
        bump();
    }

    /** Draws the current state into {@code raster}; framing first when a fit is pending. */
    public void render(ScatterRaster raster) {
        frame.frameIfPending();
        boolean shown = projected.get() != null && frame.width() > 0;
        double w = frame.width();
        double h = frame.height();
        ticksX = shown ? AxisTicks.ticks(transform.toDataX(0), transform.toDataX(w), 0, w, TICK_SPACING_X) : List.of();
        ticksY = shown ? AxisTicks.ticks(transform.toDataY(h), transform.toDataY(0), h, 0, TICK_SPACING_Y) : List.of();
        if (holeMapDue && shown) {
            holeMapDue = false;
            layers.request(frame.visible(), projected.get().linear(), data.get(), variational.get());
        }
        // Fewer points get bigger dots, so a live subset is as easy to read as the full set.
        int n = plotted.size();
        int dot = n > 20_000 ? 2 : n > 3_000 ? 3 : 5;
        raster.draw(plotted.xy(), plotted.labels(), choice.hidden(), choice.selectedPlotted(), transform, dot,
                layers.under(ticksX, ticksY));
    }

    /** The prior's circles on screen, or none when the plot cannot show the prior or they are switched off. */
    public List<PriorOverlay.Ring> priorRings() {
        return layers.showsCircles() && projected.get() != null ? PriorOverlay.rings(transform) : List.of();
    }

    public void pan(double dx, double dy) {
        frame.moved();
        transform.pan(dx, dy);
        bump();
    }

    public void zoom(double factor, double sx, double sy) {
        frame.moved();
        transform.zoomAt(factor, sx, sy);
        bump();
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }
}
