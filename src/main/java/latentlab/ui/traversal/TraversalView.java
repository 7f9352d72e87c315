package latentlab.ui.traversal;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * A traversal in every model side by side: the chooser above, a player per model, one control
 * bar that drives them all, the GIF export, and the class-means panel below.
 */
public final class TraversalView extends BorderPane {

    private final TraversalViewModel vm;
    private final TraversalChooserView chooser;
    private final PlayerControlsView controls;
    private final LatentArithmeticView arithmetic;
    private final HBox players = new HBox(12);
    private final Label title = new Label();
    private final Button export = new Button("Export GIF\u2026");
    private final Label exportMessage = new Label();
    private final List<TraversalPlayerView> playerViews = new ArrayList<>();

    public TraversalView(TraversalViewModel vm) {
        this.vm = vm;
        this.chooser = new TraversalChooserView(vm.chooser(), vm::start);
        this.controls = new PlayerControlsView(vm.clock());
        this.arithmetic = new LatentArithmeticView(vm.arithmetic());
        createView();
        initListeners();
    }

    private void createView() {
        TraversalStyles.apply(this);
        title.getStyleClass().add("traversal-model");
        title.setId("traversal-title");
        export.setId("traversal-export");
        export.setTooltip(new Tooltip("Save the traversal as a looping GIF of every model side by side"));
        exportMessage.setId("traversal-export-message");
        exportMessage.getStyleClass().add("traversal-caption");
        players.setAlignment(Pos.TOP_CENTER);
        HBox exportRow = new HBox(8, export, exportMessage);
        exportRow.setAlignment(Pos.CENTER_LEFT);
        exportRow.setPadding(new Insets(0, 6, 0, 6));
        VBox center = new VBox(4, title, players, controls, exportRow, new Separator(), arithmetic);
        center.setAlignment(Pos.TOP_CENTER);
        center.setPadding(new Insets(0, 6, 6, 6));
        setTop(chooser);
        setCenter(center);
    }

    private void initListeners() {
        vm.players().addListener((ListChangeListener<TraversalPlayerViewModel>) c -> showPlayers());
        title.textProperty().bind(vm.playingProperty());
        exportMessage.textProperty().bind(vm.exportMessageProperty());
        export.disableProperty().bind(vm.clock().frameCountProperty().lessThan(1));
        export.setOnAction(e -> chooseExportFile());
        showPlayers();
    }

    private void showPlayers() {
        playerViews.clear();
        for (TraversalPlayerViewModel p : vm.players()) {
            TraversalPlayerView view = new TraversalPlayerView(p);
            HBox.setHgrow(view, Priority.ALWAYS);
            view.setMaxWidth(520);
            view.setPrefWidth(420);
            playerViews.add(view);
        }
        players.getChildren().setAll(playerViews);
    }

    private void chooseExportFile() {
        FileChooser files = new FileChooser();
        files.setTitle("Export the traversal as a GIF");
        files.setInitialFileName("traversal.gif");
        files.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
        File file = files.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.exportGif(file.toPath());
        }
    }

    public TraversalViewModel viewModel() {
        return vm;
    }

    /** The players, in model order. */
    public List<TraversalPlayerView> playerViews() {
        return List.copyOf(playerViews);
    }

    public PlayerControlsView controls() {
        return controls;
    }

    public TraversalChooserView chooser() {
        return chooser;
    }

    public LatentArithmeticView arithmetic() {
        return arithmetic;
    }
}
