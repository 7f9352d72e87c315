package latentlab.ui.traversal;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Chooses the traversal: its kind, the settings that kind takes (the others are hidden), the
 * number of steps, and the button that plays it in every model.
 */
public final class TraversalChooserView extends VBox {

    private final TraversalChooserViewModel vm;
    private final ComboBox<TraversalKind> kind = new ComboBox<>();
    private final Spinner<Integer> sampleA;
    private final Spinner<Integer> sampleB;
    private final Label classA = new Label();
    private final Label classB = new Label();
    private final CheckBox spherical = new CheckBox("Spherical");
    private final Spinner<Integer> dimension;
    private final Spinner<Integer> steps;
    private final Button start = new Button("Play traversal");
    private final Label message = new Label();
    private final Label hint = new Label();
    private final Label fromLabel = new Label();
    private final HBox from;
    private final HBox to;
    private final HBox sweep;
    private final HBox walk;

    public TraversalChooserView(TraversalChooserViewModel vm, Runnable onStart) {
        this.vm = vm;
        sampleA = Spinners.of(vm.sampleAProperty(), 0, Integer.MAX_VALUE, 0, 90);
        sampleB = Spinners.of(vm.sampleBProperty(), 0, Integer.MAX_VALUE, 0, 90);
        dimension = Spinners.of(vm.dimensionProperty(), 1, 1024, 1, 70);
        steps = Spinners.of(vm.stepsProperty(), 1, TraversalChooserViewModel.MAX_STEPS, 0, 75);
        from = row(fromLabel, sampleA, classA);
        to = row(new Label("to sample"), sampleB, classB, spherical);
        sweep = row(new Label("along z"), dimension, new Label("\u00b1"),
                Spinners.of(vm.rangeProperty(), 0.5, 10, 0.5, 75), new Label("sd of the codes"));
        walk = row(new Label("step"), Spinners.of(vm.stepSizeProperty(), 0.05, 5, 0.05, 80),
                new Label("sd, seed"), Spinners.of(vm.seedProperty(), 0, Integer.MAX_VALUE, 0, 90));
        start.setOnAction(e -> onStart.run());
        createView();
        initListeners();
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void createView() {
        TraversalStyles.apply(this);
        kind.setId("traversal-kind");
        kind.getItems().setAll(TraversalKind.values());
        kind.setValue(vm.kindProperty().get());
        spherical.setId("traversal-spherical");
        spherical.setTooltip(new Tooltip("Along a great circle, which keeps a Gaussian code's length; "
                + "models whose codes are not Gaussian stay on the straight line"));
        start.setId("traversal-start");
        start.setDefaultButton(true);
        message.setId("traversal-chooser-message");
        message.getStyleClass().add("traversal-message");
        hint.getStyleClass().add("traversal-caption");
        HBox line = row(kind, from, to, sweep, walk, new Label("Steps"), steps, start);
        setSpacing(4);
        setPadding(new Insets(6));
        getChildren().addAll(line, hint, message);
    }

    private void initListeners() {
        kind.valueProperty().addListener((o, a, b) -> vm.kindProperty().set(b));
        vm.kindProperty().addListener((o, a, b) -> {
            kind.setValue(b);
            showKind();
        });
        spherical.selectedProperty().bindBidirectional(vm.sphericalProperty());
        spherical.disableProperty().bind(vm.sphericalOfferedProperty().not());
        message.textProperty().bind(vm.messageProperty());
        vm.samplesProperty().addListener((o, a, b) -> {
            Spinners.setMax(sampleA, Math.max(0, b.intValue() - 1));
            Spinners.setMax(sampleB, Math.max(0, b.intValue() - 1));
            showClasses();
        });
        vm.dimensionsProperty().addListener((o, a, b) -> Spinners.setMax(dimension, Math.max(1, b.intValue())));
        vm.sampleAProperty().addListener((o, a, b) -> showClasses());
        vm.sampleBProperty().addListener((o, a, b) -> showClasses());
        showKind();
        showClasses();
    }

    private void showKind() {
        TraversalKind k = vm.kindProperty().get();
        show(from, k != TraversalKind.DRAWN);
        fromLabel.setText(k == TraversalKind.SWEEP ? "Through sample" : "From sample");
        show(to, k == TraversalKind.INTERPOLATION);
        show(sweep, k == TraversalKind.SWEEP);
        show(walk, k == TraversalKind.RANDOM_WALK);
        hint.setText(k.description());
    }

    private void showClasses() {
        classA.setText(label(vm.sampleClass(vm.sampleAProperty().get())));
        classB.setText(label(vm.sampleClass(vm.sampleBProperty().get())));
    }

    private static String label(String c) {
        return c.isEmpty() ? "" : "(class " + c + ")";
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    public Button startButton() {
        return start;
    }

    public Label message() {
        return message;
    }
}
