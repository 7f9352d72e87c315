package latentlab.ui.traversal;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** Spinners that edit a view model's number and show it when the model changes it. */
final class Spinners {

    private Spinners() {
    }

    /** Edits {@code p}, shown {@code shift} higher (1 for dimensions counted from z1). */
    static Spinner<Integer> of(IntegerProperty p, int min, int max, int shift, double width) {
        Spinner<Integer> s = new Spinner<>(min, max, p.get() + shift);
        s.setEditable(true);
        s.setPrefWidth(width);
        s.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                p.set(b - shift);
            }
        });
        p.addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue() + shift));
        return s;
    }

    static Spinner<Double> of(DoubleProperty p, double min, double max, double step, double width) {
        Spinner<Double> s = new Spinner<>(min, max, p.get(), step);
        s.setEditable(true);
        s.setPrefWidth(width);
        s.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                p.set(b);
            }
        });
        p.addListener((o, a, b) -> s.getValueFactory().setValue(b.doubleValue()));
        return s;
    }

    /** Lets the largest value follow the data (the number of samples or dimensions). */
    static void setMax(Spinner<Integer> s, int max) {
        ((SpinnerValueFactory.IntegerSpinnerValueFactory) s.getValueFactory()).setMax(max);
    }
}
