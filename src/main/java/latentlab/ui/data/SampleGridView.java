package latentlab.ui.data;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import latentlab.data.Dataset;
import latentlab.ui.common.GreyImages;

/** A grid of sample images, one row per class, each row headed by the class name and its count. */
public final class SampleGridView extends VBox {
    private static final int SCALE = 2;

    private final SampleGridViewModel model;
    private final GridPane grid = new GridPane();
    private final Label summary = new Label();

    public SampleGridView(SampleGridViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("sample-grid");
        summary.getStyleClass().add("sample-summary");
        summary.setWrapText(true);
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(10));
        getChildren().addAll(summary, scroll);
    }

    private void initListeners() {
        summary.textProperty().bind(model.summaryProperty());
        model.rowsProperty().addListener((obs, old, rows) -> rebuild(rows));
        rebuild(model.rowsProperty().get());
    }

    private void rebuild(List<SampleGridViewModel.Row> rows) {
        Dataset d = model.datasetProperty().get();
        if (d == null) {
            grid.getChildren().clear();
            return;
        }
        // Build the rows off-scene and swap them in at once, so the grid is never seen half-built.
        GridPane next = new GridPane();
        for (SampleGridViewModel.Row row : rows) {
            Label name = new Label(row.className());
            name.getStyleClass().add("class-label");
            Label count = new Label(String.format("%,d training images", row.count()));
            count.getStyleClass().add("class-count");
            count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox header = new VBox(2, name, count);
            header.setAlignment(Pos.CENTER_LEFT);
            header.setMinWidth(110);
            next.add(header, 0, row.label());
            int col = 1;
            for (int index : row.indices()) {
                ImageView tile = new ImageView(GreyImages.image(d.pixels(), index * d.pixelsPerImage(), d.rows(), d.cols(), SCALE));
                tile.getStyleClass().add("sample-tile");
                tile.setUserData(index);
                Tooltip.install(tile, new Tooltip("Training image #" + index + ": " + row.className()));
                next.add(tile, col++, row.label());
            }
        }
        List<javafx.scene.Node> nodes = new java.util.ArrayList<>(next.getChildren());
        next.getChildren().clear();
        grid.getChildren().setAll(nodes);
    }
}
