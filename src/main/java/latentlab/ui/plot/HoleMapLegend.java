package latentlab.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/**
 * The hole map's colour scale beside the plot: a bar from confidence 0 (a hole: the decoded image
 * is no digit the classifier knows) to 1 (clearly a digit), in the colours the cells are drawn in.
 * Shown while a hole map is drawn.
 */
final class HoleMapLegend extends VBox {

    private static final int STEPS = 8;

    private final Rectangle bar = new Rectangle(150, 12);

    HoleMapLegend(PlotLayers layers, ReadOnlyObjectProperty<PlotColors> colors) {
        setSpacing(3);
        setId("hole-map-legend");
        Label title = new Label("Hole map: classifier confidence");
        title.setWrapText(true);
        Label low = new Label("0 hole");
        Label high = new Label("1 digit");
        for (Label l : List.of(low, high)) {
            l.getStyleClass().add("hint");
        }
        BorderPane ends = new BorderPane();
        ends.setLeft(low);
        ends.setRight(high);
        ends.setMaxWidth(bar.getWidth());
        BorderPane.setAlignment(high, Pos.CENTER_RIGHT);
        getChildren().addAll(title, bar, ends);
        paint(colors.get());
        colors.addListener((o, a, c) -> paint(c));
        visibleProperty().bind(layers.holeMapShownProperty().and(layers.holeMapProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
    }

    /** The scale on the plot's background, as the cells are drawn. */
    private void paint(PlotColors c) {
        List<Stop> stops = new ArrayList<>();
        for (int k = 0; k <= STEPS; k++) {
            double v = (double) k / STEPS;
            stops.add(new Stop(v, PlotSurface.color(ConfidenceScale.argb(v, c.background()))));
        }
        bar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        bar.setStroke(PlotSurface.color(c.muted()));
    }

    /** The bar's fill, for tests. */
    Rectangle bar() {
        return bar;
    }
}
