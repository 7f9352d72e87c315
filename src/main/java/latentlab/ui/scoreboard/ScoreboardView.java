package latentlab.ui.scoreboard;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import latentlab.latent.metrics.ScoreboardSettings;
import latentlab.model.ModelSpec;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * The Scoreboard tab: every figure of the scoreboard for this workspace's model, with its value,
 * which way is better, its formula and what it means; computed on the model's inference thread,
 * with progress and cancel, and exported as CSV or JSON.
 */
public final class ScoreboardView extends BorderPane implements WorkspaceView {
    private final ScoreboardViewModel vm;
    private final TableView<ScoreboardViewModel.Row> table = new TableView<>();
    private String modelName;

    public ScoreboardView(ScoreboardViewModel vm, String modelName) {
        this.vm = vm;
        this.modelName = modelName;
        Button compute = new Button("Compute");
        compute.setMinWidth(Region.USE_PREF_SIZE);
        compute.setId("scoreboard-compute");
        compute.setOnAction(e -> vm.compute(this.modelName));
        compute.disableProperty().bind(vm.computation().runningProperty());
        vm.resultProperty().addListener((o, a, r) -> compute.setText("Recompute"));
        Button cancel = new Button("Cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("scoreboard-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.computation().runningProperty().not());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("scoreboard-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.computation().progressProperty());
        bar.visibleProperty().bind(vm.computation().runningProperty());
        Button csv = new Button("Export CSV...");
        csv.setMinWidth(Region.USE_PREF_SIZE);
        csv.setId("scoreboard-csv");
        csv.setOnAction(e -> export("CSV", "*.csv", true));
        Button json = new Button("Export JSON...");
        json.setMinWidth(Region.USE_PREF_SIZE);
        json.setId("scoreboard-json");
        json.setOnAction(e -> export("JSON", "*.json", false));
        csv.disableProperty().bind(vm.resultProperty().isNull());
        json.disableProperty().bind(vm.resultProperty().isNull());
        HBox bar1 = new HBox(8, compute, cancel, bar, csv, json);
        Label status = new Label();
        status.setId("scoreboard-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.computation().statusProperty());
        VBox top = new VBox(6, bar1, status);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("scoreboard-table");
        TableColumn<ScoreboardViewModel.Row, String> figure = column("Figure", 190, ScoreboardViewModel.Row::figure);
        // A figure's name reads in full, on more lines where the column is narrow (two models side by
        // side): a Text wrapped at the column's width, which the row grows to hold.
        figure.setCellFactory(c -> {
            javafx.scene.control.TableCell<ScoreboardViewModel.Row, String> cell = new javafx.scene.control.TableCell<>();
            javafx.scene.text.Text text = new javafx.scene.text.Text();
            text.getStyleClass().add("scoreboard-figure");
            text.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
            text.textProperty().bind(cell.itemProperty());
            cell.setGraphic(text);
            return cell;
        });
        table.getColumns().add(figure);
        table.getColumns().add(column("Value", 90, ScoreboardViewModel.Row::value));
        table.getColumns().add(column("Better", 70, ScoreboardViewModel.Row::better));
        table.getColumns().add(column("Formula", 260, ScoreboardViewModel.Row::formula));
        table.getColumns().add(column("Meaning", 420, ScoreboardViewModel.Row::meaning));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ScoreboardViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.detail()));
            }
        });
        table.setPlaceholder(new Label("No scores yet"));
        vm.rowsProperty().addListener((o, a, rows) -> table.setItems(FXCollections.observableArrayList(rows)));
        setTop(top);
        setCenter(table);
        setPadding(new Insets(8));
    }

    /** The scoreboard of one workspace's model, on its inference thread. */
    public static ScoreboardView create(ViewContext c) {
        ScoreboardViewModel vm = new ScoreboardViewModel(c.codec().executor(), c.codec()::codec, c.data(),
                ReferenceClassifier::forImages, ScoreboardSettings.defaults());
        return new ScoreboardView(vm, c.title());
    }

    public ScoreboardViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void onModel(ModelSpec spec, java.util.List<String> classNames) {
        modelName = spec.kind().displayName() + " (" + spec.latentDim() + "-d code)";
    }

    private static TableColumn<ScoreboardViewModel.Row, String> column(String title, double width,
            java.util.function.Function<ScoreboardViewModel.Row, String> value) {
        TableColumn<ScoreboardViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private void export(String what, String pattern, boolean asCsv) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the scoreboard as " + what);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        chooser.setInitialFileName("scoreboard" + pattern.substring(1));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        if (asCsv) {
            vm.exportCsv(file.toPath());
        } else {
            vm.exportJson(file.toPath());
        }
    }
}
