package latentlab.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** One slider per latent dimension, kept in step with the explorer's code in both directions. */
final class SliderPanel extends GridPane {

    private static final PseudoClass OUT_OF_RANGE = PseudoClass.getPseudoClass("out-of-range");

    private final LatentExplorerViewModel vm;
    private final List<Slider> sliders = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private boolean syncing;

    SliderPanel(LatentExplorerViewModel vm) {
        this.vm = vm;
        setHgap(6);
        setVgap(2);
        setPadding(new Insets(4));
        vm.rangesProperty().addListener((o, a, r) -> rebuild(r));
        vm.codeProperty().addListener((o, a, c) -> sync(c));
    }

    List<Slider> sliders() {
        return sliders;
    }

    List<Label> values() {
        return values;
    }

    private void rebuild(List<double[]> ranges) {
        int count = Math.min(LatentExplorerViewModel.MAX_SLIDERS, ranges.size());
        if (count != sliders.size()) {
            getChildren().clear();
            sliders.clear();
            values.clear();
            for (int j = 0; j < count; j++) {
                int dim = j;
                Slider s = new Slider();
                s.setId("latent-slider-" + j);
                s.setPrefWidth(180);
                GridPane.setHgrow(s, Priority.ALWAYS);
                s.valueProperty().addListener((o, a, v) -> {
                    if (!syncing) {
                        vm.setDimension(dim, v.doubleValue());
                    }
                });
                Label value = new Label();
                value.setId("latent-value-" + j);
                value.getStyleClass().add("latent-value");
                value.setMinWidth(64);
                addRow(j, new Label("z" + (j + 1)), s, value);
                sliders.add(s);
                values.add(value);
            }
            if (ranges.size() > count) {
                add(new Label("(" + (ranges.size() - count) + " more dimensions kept fixed)"), 0, count, 3, 1);
            }
        }
        syncing = true;
        try {
            for (int j = 0; j < count; j++) {
                sliders.get(j).setMin(ranges.get(j)[0]);
                sliders.get(j).setMax(ranges.get(j)[1]);
            }
        } finally {
            syncing = false;
        }
        sync(vm.codeProperty().get());
    }

    private void sync(float[] code) {
        if (code == null) {
            return;
        }
        syncing = true;
        try {
            for (int j = 0; j < sliders.size() && j < code.length; j++) {
                sliders.get(j).setValue(code[j]);
                // A code beyond the range keeps its value in words: the slider can only stop at its end.
                boolean beyond = vm.isOutOfRange(j);
                values.get(j).setText(String.format("%+.2f", code[j]) + (beyond ? (code[j] > 0 ? " \u25B6" : " \u25C0") : ""));
                values.get(j).pseudoClassStateChanged(OUT_OF_RANGE, beyond);
            }
        } finally {
            syncing = false;
        }
    }
}
