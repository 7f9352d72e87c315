package latentlab.ui.plot;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import latentlab.ui.common.Palette;

/** One entry per class with its colour and a check box: unchecking hides the class. */
public final class ClassLegend extends VBox {

    private final BiConsumer<Integer, Boolean> onHiddenChanged;
    private final List<Rectangle> swatches = new java.util.ArrayList<>();
    private boolean dark;
    private final Label samples = new Label();
    /** The entries run down a column beside the plot, or along rows under a narrow one. */
    private Pane entries = new VBox(3);

    /** @param onHiddenChanged called with (class, hidden) when an entry is toggled */
    public ClassLegend(BiConsumer<Integer, Boolean> onHiddenChanged) {
        this.onHiddenChanged = onHiddenChanged;
        setSpacing(3);
        getStyleClass().add("class-legend");
        samples.setId("legend-samples");
        samples.getStyleClass().add("hint");
        samples.setWrapText(true);
        samples.visibleProperty().bind(samples.textProperty().isNotEmpty());
        samples.managedProperty().bind(samples.visibleProperty());
        getChildren().setAll(new Label("Classes"), samples, entries);
    }

    /** Entries along rows (for a legend under the plot) or down one column (beside it). */
    public void setHorizontal(boolean horizontal) {
        Pane next = horizontal ? new FlowPane(10, 3) : new VBox(3);
        next.getChildren().setAll(List.copyOf(entries.getChildren()));
        getChildren().set(getChildren().indexOf(entries), next);
        entries = next;
    }

    /** Which samples the counts are of, e.g. "training + validation"; shown under the title. */
    public javafx.beans.property.StringProperty samplesProperty() {
        return samples.textProperty();
    }

    /** Rebuilds the entries for classes {@code names}, with the number of samples of each in {@code labels}. */
    public void setClasses(List<String> names, int[] labels) {
        int[] counts = new int[names.size()];
        for (int l : labels) {
            counts[l]++;
        }
        entries.getChildren().clear();
        swatches.clear();
        for (int c = 0; c < names.size(); c++) {
            int label = c;
            CheckBox box = new CheckBox(names.get(c) + "  (" + counts[c] + ")");
            box.setSelected(true);
            Rectangle swatch = new Rectangle(10, 10, Palette.color(c, dark));
            swatches.add(swatch);
            box.setGraphic(swatch);
            box.setId("legend-" + c);
            box.selectedProperty().addListener((o, was, shown) -> onHiddenChanged.accept(label, !shown));
            entries.getChildren().add(box);
        }
    }

    /** Swatches in the colours the plot draws on a dark or a light background. */
    public void setDarkBackground(boolean darkBackground) {
        dark = darkBackground;
        for (int c = 0; c < swatches.size(); c++) {
            swatches.get(c).setFill(Palette.color(c, dark));
        }
    }

    /** The swatch of class {@code c}, for tests. */
    Rectangle swatch(int c) {
        return swatches.get(c);
    }
}
