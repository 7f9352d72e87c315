package latentlab.ui.shell;

import java.io.File;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import latentlab.ui.data.SampleGridView;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: a tool bar with the data set chooser, the views in tabs, and a
 * status bar naming the device.
 */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final ComboBox<SourceItem> chooser = new ComboBox<>();
    private final TabPane tabs = new TabPane();
    private final StatusBar statusBar = new StatusBar();
    private final Label deviceLabel = new Label();
    private NotificationPane notifications;

    public MainView(MainViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    /** The application style sheet, failing fast if the build lost it. */
    public static String stylesheet() {
        return Objects.requireNonNull(MainView.class.getResource("/styles/latentlab.css"),
                "styles/latentlab.css is missing from the build").toExternalForm();
    }

    private void createView() {
        getStyleClass().add("main-view");
        chooser.setId("dataset-chooser");
        chooser.setItems(model.sources());
        chooser.setCellFactory(list -> new SourceCell());
        chooser.setPrefWidth(320);
        chooser.setTooltip(new Tooltip("The images to explore and train on"));
        Button openFolder = new Button("Open IDX folder...");
        openFolder.setId("open-folder");
        openFolder.setOnAction(e -> chooseFolder());
        Label dataLabel = new Label("Data set:");
        ToolBar toolBar = new ToolBar(dataLabel, chooser, openFolder);

        Tab dataTab = new Tab("Data", new SampleGridView(model.samples()));
        dataTab.setId("tab-data");
        dataTab.setClosable(false);
        tabs.getTabs().add(dataTab);

        notifications = new NotificationPane(tabs);
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        deviceLabel.setId("device-label");
        deviceLabel.getStyleClass().add("device-label");
        statusBar.setId("status-bar");
        statusBar.getRightItems().add(deviceLabel);

        setTop(toolBar);
        setCenter(notifications);
        setBottom(statusBar);
        BorderPane.setAlignment(toolBar, Pos.CENTER_LEFT);
        BorderPane.setMargin(statusBar, Insets.EMPTY);
    }

    private void initListeners() {
        chooser.valueProperty().bindBidirectional(model.selectedSourceProperty());
        statusBar.textProperty().bind(model.statusProperty());
        deviceLabel.textProperty().bind(model.deviceProperty());
        model.engineProperty().addListener((obs, old, info) ->
                deviceLabel.setTooltip(info == null ? null : new Tooltip(info.description())));
        model.loadingProperty().addListener((obs, was, now) -> statusBar.setProgress(now ? -1 : 0));
        model.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                notify(message);
                model.clearError();
            }
        });
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder of IDX image and label files");
        File dir = dc.showDialog(getScene().getWindow());
        if (dir != null) {
            model.addFolder(dir.toPath());
        }
    }

    /** Unavailable sources are greyed out and explain how to install them. */
    private static final class SourceCell extends ListCell<SourceItem> {
        @Override
        protected void updateItem(SourceItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                setDisable(false);
                return;
            }
            setText(item.toString());
            setDisable(!item.usable());
            setTooltip(new Tooltip(item.availability().detail()));
        }
    }

    /** Shows {@code message} in the notification bar for a few seconds. */
    void notify(String message) {
        notifications.show(message);
        javafx.animation.PauseTransition hide = new javafx.animation.PauseTransition(Duration.seconds(8));
        hide.setOnFinished(e -> notifications.hide());
        hide.play();
    }
}
