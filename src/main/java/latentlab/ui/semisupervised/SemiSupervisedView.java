package latentlab.ui.semisupervised;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import latentlab.latent.EmbeddingData;
import latentlab.latent.apps.SemiSupervisedTable;
import latentlab.latent.apps.SemiSupervisedTable.Features;
import latentlab.model.ModelSpec;
import latentlab.ui.semisupervised.SemiSupervisedResult.Row;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * The Semi-supervised tab: how well a linear classifier learns the classes from 10, 100 or 1,000
 * labelled images when it sees the model's codes, PCA codes of the same size, or raw pixels; as
 * grouped bars and a table, with what was trained and measured beside them and a one-line reading.
 */
public final class SemiSupervisedView extends BorderPane implements WorkspaceView {
    /** Bars and columns in this order: the model's codes, then the linear baseline, then no reduction. */
    private static final double ROW_HEIGHT = 32;
    static final List<Features> ORDER = List.of(Features.CODES, Features.PCA, Features.PIXELS);

    private final SemiSupervisedViewModel vm;
    private final BarChart<String, Number> chart;
    private final List<TableColumn<Row, String>> featureColumns = new ArrayList<>();
    private final TableView<Row> table = new TableView<>();

    public SemiSupervisedView(SemiSupervisedViewModel vm) {
        this.vm = vm;
        chart = new BarChart<>(new CategoryAxis(), new NumberAxis("validation accuracy (%)", 0, 100, 10));
        chart.getXAxis().setLabel("labelled training images");
        chart.setId("semisup-chart");
        chart.setAnimated(false);
        chart.setPrefSize(560, 320);
        chart.setCategoryGap(24);
        chart.setBarGap(2);
        table.setId("semisup-table");
        table.getColumns().add(column("Labelled", 90, Row::labelled));
        featureColumns.add(column(Features.CODES.label(), 120, Row::codes));
        featureColumns.add(column(Features.PCA.label(), 120, Row::pca));
        featureColumns.add(column(Features.PIXELS.label(), 120, Row::pixels));
        table.getColumns().addAll(featureColumns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No figures yet"));
        table.setFixedCellSize(ROW_HEIGHT);
        fitTable(LabelledCounts.EXAMPLE.split(",").length);
        VBox figures = new VBox(8, chart, table);
        figures.setMinWidth(460);
        HBox.setHgrow(figures, Priority.ALWAYS);
        VBox center = new VBox(8, controls(), new HBox(16, figures, explanation()));
        vm.resultProperty().addListener((o, a, r) -> show(r));
        vm.staleProperty().addListener((o, a, s) -> figures.setOpacity(s ? 0.45 : 1));
        ScrollPane scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setPadding(new Insets(8));
    }

    /** The semi-supervised view of one workspace's model, on its inference thread. */
    public static SemiSupervisedView create(ViewContext c) {
        return new SemiSupervisedView(new SemiSupervisedViewModel(c.codec().executor(), c.codec()::codec, c.data()));
    }

    public SemiSupervisedViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void onModel(ModelSpec spec, List<String> classNames) {
        vm.markStale("another model was loaded");
    }

    @Override
    public void onData(EmbeddingData data, String samples, boolean variational) {
        vm.checkData();
    }

    @Override
    public void onWeights() {
        vm.markStale("the model's weights changed");
    }

    private VBox controls() {
        Button compute = new Button("Compute");
        compute.setMinWidth(Region.USE_PREF_SIZE);
        compute.setId("semisup-compute");
        compute.setOnAction(e -> vm.compute());
        compute.disableProperty().bind(vm.computation().runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("semisup-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.computation().runningProperty().not());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("semisup-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(vm.computation().progressProperty());
        bar.visibleProperty().bind(vm.computation().runningProperty());
        TextField counts = new TextField();
        counts.setId("semisup-counts");
        counts.setPrefColumnCount(14);
        counts.textProperty().bindBidirectional(vm.countsProperty());
        TextField seed = new TextField();
        seed.setId("semisup-seed");
        seed.setPrefColumnCount(5);
        seed.textProperty().bindBidirectional(vm.seedProperty());
        Button csv = new Button("Export CSV...");
        csv.setMinWidth(Region.USE_PREF_SIZE);
        csv.setId("semisup-csv");
        csv.setOnAction(e -> exportCsv());
        csv.disableProperty().bind(vm.resultProperty().isNull());
        HBox row = new HBox(8, compute, cancel, bar, new Label("Labelled counts:"), counts, new Label("Seed:"), seed,
                csv);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = label("semisup-input-error", "-fx-text-fill: -color-danger-fg;");
        error.textProperty().bind(vm.inputErrorProperty());
        error.visibleProperty().bind(vm.inputErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label status = label("semisup-status", "");
        status.textProperty().bind(vm.computation().statusProperty());
        Label stale = label("semisup-stale", "-fx-text-fill: -color-warning-fg; -fx-font-weight: bold;");
        stale.textProperty().bind(vm.staleNoteProperty());
        stale.visibleProperty().bind(vm.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        return new VBox(6, row, error, status, stale);
    }

    private VBox explanation() {
        Label title = new Label("What this measures");
        title.setStyle("-fx-font-weight: bold;");
        Label what = label("semisup-explanation", "");
        what.setText("Press Compute: the model encodes every image, then for each labelled count a linear classifier"
                + " learns the classes from that many labelled images, seen as the model's codes, as PCA codes of"
                + " the same size and as raw pixels.");
        Label readingTitle = new Label("Reading");
        readingTitle.setStyle("-fx-font-weight: bold;");
        Label reading = label("semisup-reading", "");
        Label meaning = label("semisup-meaning", "");
        meaning.getStyleClass().add("hint");
        meaning.setText(SemiSupervisedTable.ACCURACY.meaning());
        vm.resultProperty().addListener((o, a, r) -> {
            what.setText(r == null ? "" : r.explanation());
            reading.setText(r == null ? "" : r.reading());
        });
        VBox box = new VBox(6, title, what, readingTitle, reading, meaning);
        box.setPrefWidth(380);
        box.setMinWidth(300);
        box.setMaxWidth(420);
        return box;
    }

    private void show(SemiSupervisedResult r) {
        chart.getData().clear();
        table.getItems().clear();
        if (r == null) {
            return;
        }
        chart.setTitle("Validation accuracy (chance: " + SemiSupervisedResult.percent(r.chance()) + ")");
        for (int k = 0; k < ORDER.size(); k++) {
            featureColumns.get(k).setText(r.seriesName(ORDER.get(k)));
        }
        for (Features f : ORDER) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(r.seriesName(f));
            for (int count : r.counts()) {
                String category = SemiSupervisedResult.count(count);
                series.getData().add(new XYChart.Data<>(category, 100 * r.accuracy(count, f)));
            }
            chart.getData().add(series);
        }
        table.setItems(FXCollections.observableArrayList(r.rows()));
        fitTable(r.rows().size());
    }

    /** Tall enough for {@code rows} rows and the header, so that no scroll bar hides a figure. */
    private void fitTable(int rows) {
        table.setPrefHeight(ROW_HEIGHT * (rows + 1) + 12);
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setStyle(style);
        return l;
    }

    private static TableColumn<Row, String> column(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the semi-supervised table as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("semi-supervised.csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            vm.exportCsv(file.toPath());
        }
    }
}
