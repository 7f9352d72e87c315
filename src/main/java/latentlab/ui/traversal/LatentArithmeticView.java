package latentlab.ui.traversal;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import latentlab.ui.common.GreyImages;

/**
 * Class means and latent arithmetic: choose classes a and b and a sample, decode the mean of a,
 * or mean(a) - mean(b) + the sample's code, and see what every model makes of it side by side.
 */
public final class LatentArithmeticView extends VBox {

    private static final double RESULT_SIZE = 112;

    private final LatentArithmeticViewModel vm;
    private final ComboBox<String> classA = new ComboBox<>();
    private final ComboBox<String> classB = new ComboBox<>();
    private final Spinner<Integer> sample;
    private final Button mean = new Button("Mean of a");
    private final Button sum = new Button("a \u2212 b + sample");
    private final Label formula = new Label();
    private final Label message = new Label();
    private final HBox results = new HBox(12);

    public LatentArithmeticView(LatentArithmeticViewModel vm) {
        this.vm = vm;
        sample = Spinners.of(vm.sampleProperty(), 0, Integer.MAX_VALUE, 0, 90);
        createView();
        initListeners();
    }

    private void createView() {
        TraversalStyles.apply(this);
        Label title = new Label("Class means and latent arithmetic");
        title.getStyleClass().add("traversal-model");
        classA.setId("arithmetic-class-a");
        classB.setId("arithmetic-class-b");
        mean.setId("arithmetic-mean");
        mean.setTooltip(new Tooltip("Decode the mean code of class a in every model"));
        sum.setId("arithmetic-sum");
        sum.setTooltip(new Tooltip("Move the sample's code by the difference between the means of a and b"));
        formula.setId("arithmetic-formula");
        message.getStyleClass().add("traversal-message");
        HBox choices = new HBox(6, new Label("a"), classA, new Label("b"), classB, new Label("sample"), sample, mean,
                sum);
        choices.setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(title, choices, formula, results, message);
    }

    private void initListeners() {
        // A list being replaced clears its selection for a moment; the chosen class stays.
        classA.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                vm.classAProperty().set(b.intValue());
            }
        });
        classB.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                vm.classBProperty().set(b.intValue());
            }
        });
        classA.setItems(vm.classNames());
        classB.setItems(vm.classNames());
        vm.classNames().addListener((ListChangeListener<String>) c -> showClasses());
        vm.classAProperty().addListener((o, a, b) -> showClasses());
        vm.classBProperty().addListener((o, a, b) -> showClasses());
        showClasses();
        mean.setOnAction(e -> vm.decodeMean());
        sum.setOnAction(e -> vm.decodeArithmetic());
        formula.textProperty().bind(vm.formulaProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.results().addListener((ListChangeListener<LatentArithmeticViewModel.Result>) c -> showResults());
        showResults();
    }

    /** The class lists follow the data; the chosen classes stay where they still exist. */
    private void showClasses() {
        int a = vm.classAProperty().get();
        int b = vm.classBProperty().get();
        int n = vm.classNames().size();
        if (n > 0) {
            classA.getSelectionModel().select(Math.min(a, n - 1));
            classB.getSelectionModel().select(Math.min(b, n - 1));
        }
    }

    private void showResults() {
        results.getChildren().clear();
        for (LatentArithmeticViewModel.Result r : vm.results()) {
            ImageView image = new ImageView(r.image() == null ? null : GreyImages.image(r.image(), 0, r.side(), 1));
            image.setSmooth(false);
            image.setFitWidth(RESULT_SIZE);
            image.setFitHeight(RESULT_SIZE);
            StackPane frame = new StackPane(image);
            if (r.image() == null) {
                // Nothing decoded yet: say what fills the square rather than show a black one.
                Label hint = new Label("Mean of a or\na \u2212 b + sample\ndraws here");
                hint.getStyleClass().add("arithmetic-hint");
                hint.setWrapText(true);
                hint.setMaxWidth(RESULT_SIZE - 12);
                frame.getChildren().add(hint);
            }
            frame.getStyleClass().add("arithmetic-result");
            frame.setMinSize(RESULT_SIZE, RESULT_SIZE);
            frame.setMaxSize(RESULT_SIZE, RESULT_SIZE);
            VBox column = new VBox(4, new Label(r.model()), frame);
            column.setAlignment(Pos.TOP_CENTER);
            results.getChildren().add(column);
        }
    }

    /** The decoded images, one per model, in model order. */
    public HBox results() {
        return results;
    }
}
