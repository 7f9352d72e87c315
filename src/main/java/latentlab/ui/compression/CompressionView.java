package latentlab.ui.compression;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionSweep;
import latentlab.latent.apps.ErrorMetric;
import latentlab.model.ModelKind;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * The Compression tab: code size against validation reconstruction error for the AE, the VAE and
 * PCA, as one chart (per-pixel BCE or MSE) beside a table of the figures, with what was trained
 * and a one-line reading under it. Run sweep trains the models in the window's run; Open sweep
 * shows a folder written by {@code latentlab sweep compression}.
 */
public final class CompressionView extends BorderPane implements WorkspaceView {
    private final CompressionViewModel vm;
    private final CompressionChart chart = new CompressionChart();
    private final TableView<CompressionPoint> table = new TableView<>();

    public CompressionView(CompressionViewModel vm) {
        this.vm = vm;
        Button run = new Button("Run sweep");
        run.setId("compression-run");
        run.setTooltip(new Tooltip("Train every chosen model at every chosen code size, in the window's training run"));
        run.setOnAction(e -> vm.runSweep());
        run.disableProperty().bind(vm.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("compression-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("compression-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Button open = new Button("Open sweep...");
        open.setId("compression-open");
        open.setOnAction(e -> chooseFolder());
        open.disableProperty().bind(vm.runningProperty());
        Spinner<Integer> epochs = new Spinner<>(1, 200, vm.epochsProperty().get());
        epochs.setId("compression-epochs");
        epochs.setEditable(true);
        epochs.setPrefWidth(80);
        epochs.valueProperty().addListener((o, a, v) -> vm.epochsProperty().set(v));
        HBox actions = new HBox(8, run, cancel, bar, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox choices = new HBox(8, new Label("Epochs:"), epochs, new Label("Code sizes:"));
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.getChildren().addAll(sizeChoices());
        choices.getChildren().add(new Label("Models:"));
        choices.getChildren().addAll(kindChoices());
        choices.disableProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("compression-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        VBox top = new VBox(6, actions, choices, status);
        top.setPadding(new Insets(0, 0, 8, 0));

        ToggleGroup unit = new ToggleGroup();
        RadioButton bce = new RadioButton("BCE per pixel");
        bce.setId("compression-bce");
        RadioButton mse = new RadioButton("MSE per pixel");
        mse.setId("compression-mse");
        bce.setToggleGroup(unit);
        mse.setToggleGroup(unit);
        bce.setSelected(vm.metricProperty().get() == ErrorMetric.BCE);
        mse.setSelected(vm.metricProperty().get() == ErrorMetric.MSE);
        unit.selectedToggleProperty().addListener((o, a, t) -> vm.metricProperty().set(t == mse ? ErrorMetric.MSE
                : ErrorMetric.BCE));
        bce.setTooltip(new Tooltip(ErrorMetric.BCE.explanation().oneLine()));
        mse.setTooltip(new Tooltip(ErrorMetric.MSE.explanation().oneLine()));
        HBox units = new HBox(12, new Label("Error:"), bce, mse);
        units.setAlignment(Pos.CENTER_LEFT);
        VBox chartBox = new VBox(4, units, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        chart.setMinWidth(360);

        table.setId("compression-table");
        table.getColumns().add(column("Model", 75, "the model", p -> CompressionReading.name(p.kind())));
        table.getColumns().add(column("Size", 65, "numbers per code", p -> Integer.toString(p.codeSize())));
        table.getColumns().add(column("Epochs", 80, "epochs trained; PCA is fitted",
                p -> p.epochs() == 0 ? "fitted" : Integer.toString(p.epochs())));
        table.getColumns().add(column("Ratio", 75, "pixels per code number: how many times smaller the code is",
                p -> String.format(Locale.ROOT, p.compressionRatio() == Math.rint(p.compressionRatio()) ? "%.0f:1"
                        : "%.1f:1", p.compressionRatio())));
        table.getColumns().add(column("MSE", 75, ErrorMetric.MSE.explanation().oneLine(),
                p -> String.format(Locale.ROOT, "%.4f", p.mse())));
        table.getColumns().add(column("BCE", 75, ErrorMetric.BCE.explanation().oneLine(),
                p -> String.format(Locale.ROOT, "%.4f", p.bce())));
        table.setPlaceholder(new Label("No sweep yet: run one or open a saved one"));
        table.setPrefWidth(465);
        table.setMinWidth(465);
        HBox center = new HBox(12, chartBox, table);

        Label explanation = new Label();
        explanation.setId("compression-explanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("hint");
        explanation.textProperty().bind(vm.explanationProperty());
        Label reading = new Label();
        reading.setId("compression-reading");
        reading.setWrapText(true);
        reading.setStyle("-fx-font-weight: bold;");
        reading.textProperty().bind(vm.readingProperty());
        VBox bottom = new VBox(4, explanation, reading);
        bottom.setPadding(new Insets(8, 0, 0, 0));

        // A new unit brings new lines from the view model: the chart only renames its axis for it.
        vm.linesProperty().addListener((o, a, l) -> chart.show(l));
        chart.setMetric(vm.metricProperty().get());
        vm.metricProperty().addListener((o, a, m) -> chart.setMetric(m));
        vm.resultProperty().addListener((o, a, r) -> table.setItems(r == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(r.points())));
        setTop(top);
        setCenter(center);
        setBottom(bottom);
        setPadding(new Insets(8));
    }

    /** The compression view of one workspace; the sweep trains in the window's run. */
    public static CompressionView create(ViewContext c, CompressionServices services) {
        return new CompressionView(new CompressionViewModel(services, c.data()));
    }

    public CompressionViewModel viewModel() {
        return vm;
    }

    /** The chart, for tests. */
    CompressionChart chart() {
        return chart;
    }

    @Override
    public Node node() {
        return this;
    }

    private List<CheckBox> sizeChoices() {
        List<CheckBox> boxes = new ArrayList<>();
        for (int size : CompressionSweep.COURSE_SIZES) {
            CheckBox b = new CheckBox(Integer.toString(size));
            b.setSelected(vm.sizes().contains(size));
            b.selectedProperty().addListener((o, was, on) -> vm.setSizes(boxes.stream().filter(CheckBox::isSelected)
                    .map(x -> Integer.parseInt(x.getText())).toList()));
            boxes.add(b);
        }
        return boxes;
    }

    private List<CheckBox> kindChoices() {
        List<CheckBox> boxes = new ArrayList<>();
        List<ModelKind> kinds = CompressionSweep.COURSE_KINDS;
        for (ModelKind kind : kinds) {
            CheckBox b = new CheckBox(CompressionReading.name(kind));
            b.setSelected(vm.kinds().contains(kind));
            b.selectedProperty().addListener((o, was, on) -> vm.setKinds(kinds.stream()
                    .filter(k -> boxes.get(kinds.indexOf(k)).isSelected()).toList()));
            boxes.add(b);
        }
        return boxes;
    }

    /** A column titled {@code title}, whose cells' tooltip says what they hold. */
    private static TableColumn<CompressionPoint, String> column(String title, double width, String tip,
            Function<CompressionPoint, String> value) {
        TableColumn<CompressionPoint, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty ? null : new Tooltip(tip));
            }
        });
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a compression sweep (a folder with compression.json)");
        if (java.nio.file.Files.isDirectory(vm.runsFolder())) {
            chooser.setInitialDirectory(vm.runsFolder().toFile());
        }
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            vm.open(dir.toPath());
        }
    }
}
