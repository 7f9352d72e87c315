package latentlab.ui.plot;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * The scatter's display options in its tool bar: "Same scale" (shown once a shared range has been
 * given, e.g. by a comparison of two models) and the "Layers" menu (the prior's circles and
 * density for a variational model on its latent axes; the hole map once one can be had). Options
 * that do not apply are hidden, not left as dead controls.
 */
final class PlotOptions {

    private PlotOptions() {
    }

    static List<Node> of(ScatterViewModel vm) {
        PlotFrame frame = vm.frame();
        ToggleButton sameScale = new ToggleButton("Same scale");
        sameScale.setId("shared-scale");
        sameScale.setTooltip(new Tooltip("Frame the range shared with the linked plots, so their axes match"));
        sameScale.selectedProperty().bindBidirectional(frame.sharedScaleProperty());
        sameScale.visibleProperty().bind(frame.sharedRangeProperty().isNotNull());
        sameScale.managedProperty().bind(sameScale.visibleProperty());

        PlotLayers layers = vm.layers();
        CheckMenuItem circles = new CheckMenuItem("Prior: 1\u03c3 and 2\u03c3 circles");
        circles.setId("layer-prior-circles");
        circles.selectedProperty().bindBidirectional(layers.priorCirclesProperty());
        CheckMenuItem density = new CheckMenuItem("Prior: density N(0, I)");
        density.setId("layer-prior-density");
        density.selectedProperty().bindBidirectional(layers.priorDensityProperty());
        for (CheckMenuItem item : List.of(circles, density)) {
            item.visibleProperty().bind(layers.priorAvailableProperty());
        }
        CheckMenuItem holes = new CheckMenuItem("Hole map: classifier confidence");
        holes.setId("layer-hole-map");
        holes.selectedProperty().bindBidirectional(layers.holeMapShownProperty());
        var holeMapKnown = layers.sourceProperty().isNotNull().or(layers.holeMapProperty().isNotNull());
        holes.visibleProperty().bind(holeMapKnown);
        holes.disableProperty().bind(layers.linearProperty().not());

        MenuButton menu = new MenuButton("Layers", null, circles, density, holes);
        menu.setId("plot-layers");
        menu.setTooltip(new Tooltip("What is drawn under the points"));
        menu.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> layers.priorAvailableProperty().get() || holeMapKnown.get(),
                layers.priorAvailableProperty(), holeMapKnown));
        menu.managedProperty().bind(menu.visibleProperty());
        return List.of(sameScale, menu);
    }
}
