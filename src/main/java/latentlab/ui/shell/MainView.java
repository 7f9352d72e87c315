package latentlab.ui.shell;

import java.io.File;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import latentlab.ui.data.SampleGridView;
import latentlab.ui.training.LossChartView;
import latentlab.ui.training.ModelSettingsView;
import latentlab.ui.training.ModelSettingsViewModel;
import latentlab.ui.training.ReconstructionPanel;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.training.TrainingViewModel.State;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: menus, a tool bar with the data set and the training controls, the
 * model panel on the left, the views in tabs, and a status bar with progress, epoch, ETA and device.
 */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final ModelSettingsViewModel settings;
    private final TrainingViewModel training;
    private final ExplorerViews explorers;
    private final LossChartView lossChart;
    private final ReconstructionPanel reconstructions;
    private final MainMenu menu = new MainMenu();
    private final ComboBox<SourceItem> chooser = new ComboBox<>();
    private final Button trainButton = new Button("Train");
    private final Button pauseButton = new Button("Pause");
    private final Button stopButton = new Button("Stop");
    private final TabPane tabs = new TabPane();
    private final StatusBar statusBar = new StatusBar();
    private final Label deviceLabel = new Label();
    private final Label epochLabel = new Label();
    private final Label etaLabel = new Label();
    private NotificationPane notifications;

    MainView(MainViewModel model, ModelSettingsViewModel settings, TrainingViewModel training,
            ExplorerViews explorers, LossChartView lossChart, ReconstructionPanel reconstructions) {
        this.model = model;
        this.settings = settings;
        this.training = training;
        this.explorers = explorers;
        this.lossChart = lossChart;
        this.reconstructions = reconstructions;
        createView();
        initListeners();
        initActions();
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
        chooser.setPrefWidth(300);
        chooser.setTooltip(new Tooltip("The images to explore and train on"));
        trainButton.setId("train");
        trainButton.setTooltip(new Tooltip("Train the model set on the left (Ctrl+Enter)"));
        pauseButton.setId("pause");
        pauseButton.setTooltip(new Tooltip("Pause or resume at the next batch (Ctrl+P)"));
        stopButton.setId("stop");
        stopButton.setTooltip(new Tooltip("Stop; finished epochs stay saved (Ctrl+.)"));
        ToolBar toolBar = new ToolBar(new Label("Data set:"), chooser, new Separator(Orientation.VERTICAL),
                trainButton, pauseButton, stopButton);

        tab("Data", "tab-data", new SampleGridView(model.samples()));
        BorderPane trainingView = new BorderPane(lossChart);
        trainingView.setBottom(reconstructions);
        tab("Training", "tab-training", trainingView);
        tab("Embedding 2D", "tab-embedding", explorers.embedding());
        tab("Embedding 3D", "tab-embedding3d", explorers.embedding3d());
        tab("Latent explorer", "tab-explorer", explorers.explorer());
        tab("Manifold grid", "tab-manifold", explorers.manifold());
        tab("Draw", "tab-draw", explorers.drawPad());

        ModelSettingsView settingsView = new ModelSettingsView(settings);
        settingsView.setPadding(new Insets(6));
        Label title = new Label("Model");
        title.getStyleClass().add("title-4");
        VBox left = new VBox(4, title, settingsView);
        left.setPadding(new Insets(6, 0, 0, 6));
        VBox.setVgrow(settingsView, javafx.scene.layout.Priority.ALWAYS);
        notifications = new NotificationPane(tabs);
        SplitPane split = new SplitPane(left, notifications);
        split.setDividerPositions(0.25);
        // As wide as the model panel needs, so that no setting is cut short.
        left.setMinWidth(Region.USE_PREF_SIZE);
        SplitPane.setResizableWithParent(left, false);

        deviceLabel.setId("device-label");
        deviceLabel.getStyleClass().add("device-label");
        epochLabel.setId("epoch-label");
        etaLabel.setId("eta-label");
        statusBar.setId("status-bar");
        statusBar.getRightItems().addAll(epochLabel, new Separator(Orientation.VERTICAL), etaLabel,
                new Separator(Orientation.VERTICAL), deviceLabel);

        setTop(new VBox(menu.bar, toolBar));
        setCenter(split);
        setBottom(statusBar);
    }

    private void tab(String name, String id, Node content) {
        Tab t = new Tab(name, content);
        t.setId(id);
        t.setClosable(false);
        int index = tabs.getTabs().size();
        tabs.getTabs().add(t);
        menu.goTo(name, index).setOnAction(e -> tabs.getSelectionModel().select(t));
    }

    private void initListeners() {
        chooser.valueProperty().bindBidirectional(model.selectedSourceProperty());
        deviceLabel.textProperty().bind(model.deviceProperty());
        model.engineProperty().addListener((obs, old, info) ->
                deviceLabel.setTooltip(info == null ? null : new Tooltip(info.description())));
        epochLabel.textProperty().bind(training.epochTextProperty());
        etaLabel.textProperty().bind(training.etaTextProperty());
        // The status line shows whichever changed last: the data or the training.
        statusBar.setText(model.statusProperty().get());
        model.statusProperty().addListener((o, a, s) -> statusBar.setText(s));
        training.statusProperty().addListener((o, a, s) -> statusBar.setText(s));
        statusBar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            if (model.loadingProperty().get()) {
                return -1.0;
            }
            return training.stateProperty().get() == State.IDLE ? 0.0 : training.progressProperty().get();
        }, model.loadingProperty(), training.stateProperty(), training.progressProperty()));

        var state = training.stateProperty();
        var busy = Bindings.createBooleanBinding(() -> state.get() != State.IDLE, state);
        // One binding over every input: chained or() bindings short-circuit and can miss a change.
        trainButton.disableProperty().bind(Bindings.createBooleanBinding(() -> state.get() != State.IDLE
                        || model.loadingProperty().get() || model.dataProperty().get() == null
                        || !settings.problemsProperty().get().isEmpty(),
                state, model.loadingProperty(), model.dataProperty(), settings.problemsProperty()));
        pauseButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> state.get() != State.RUNNING && state.get() != State.PAUSED, state));
        pauseButton.textProperty().bind(Bindings.when(state.isEqualTo(State.PAUSED)).then("Resume").otherwise("Pause"));
        stopButton.disableProperty().bind(pauseButton.disableProperty());
        chooser.disableProperty().bind(busy);
        menu.train.disableProperty().bind(trainButton.disableProperty());
        menu.pause.disableProperty().bind(pauseButton.disableProperty());
        menu.stop.disableProperty().bind(stopButton.disableProperty());
        menu.learningRate.disableProperty().bind(pauseButton.disableProperty());
        menu.openCheckpoint.disableProperty().bind(busy);
        menu.openFolder.disableProperty().bind(busy);

        // Views that were hidden while the weights changed catch up when they come into view.
        explorers.followTabs(tabs);
        model.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                notify(message);
                model.clearError();
            }
        });
        training.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                notify(message);
                training.clearError();
            }
        });
    }

    private void initActions() {
        trainButton.setOnAction(e -> startTraining());
        pauseButton.setOnAction(e -> training.togglePause());
        stopButton.setOnAction(e -> training.stop());
        menu.train.setOnAction(e -> startTraining());
        menu.pause.setOnAction(e -> training.togglePause());
        menu.stop.setOnAction(e -> training.stop());
        menu.learningRate.setOnAction(e -> askLearningRate());
        menu.cpuOnly.setSelected(model.isCpuForced());
        menu.cpuOnly.setOnAction(e -> model.setForceCpu(menu.cpuOnly.isSelected()));
        menu.openFolder.setOnAction(e -> chooseFolder());
        menu.openCheckpoint.setOnAction(e -> openCheckpoint());
        menu.saveCheckpoint.setOnAction(e -> saveCheckpoint());
        menu.quit.setOnAction(e -> Platform.exit());
        menu.dark.setSelected(Theme.saved() == Theme.DARK);
        menu.dark.setOnAction(e -> {
            Theme t = menu.dark.isSelected() ? Theme.DARK : Theme.LIGHT;
            t.apply();
            t.save();
        });
        menu.shortcuts.setOnAction(e -> ShortcutsDialog.show(getScene().getWindow(), menu.shortcutList()));
        menu.openLogFolder.setOnAction(e -> model.openLogFolder());
        menu.about.setOnAction(e -> info("About LatentLab", "LatentLab explores the latent spaces of autoencoders.\n"
                + deviceLabel.getText()));
    }

    private void startTraining() {
        if (trainButton.isDisabled()) {
            return;
        }
        tabs.getSelectionModel().select(1);
        training.train(model.dataProperty().get(), settings.spec(), settings.trainingSettings());
    }

    private void askLearningRate() {
        TextInputDialog d = new TextInputDialog(String.format(Locale.ROOT, "%.1e", training.learningRateProperty().get()));
        d.setTitle("Learning rate");
        d.setHeaderText("The new rate applies from the next epoch.");
        d.initOwner(getScene().getWindow());
        d.showAndWait().ifPresent(text -> {
            try {
                training.changeLearningRate(Double.parseDouble(text.trim()));
            } catch (IllegalArgumentException ex) {
                notify("'" + text + "' is not a learning rate: give a positive number such as 1e-3.");
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

    private void openCheckpoint() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Checkpoint folder (holds model.json)");
        File dir = dc.showDialog(getScene().getWindow());
        if (dir != null) {
            training.openCheckpoint(dir.toPath(), settings::show);
        }
    }

    private void saveCheckpoint() {
        if (!training.hasCheckpoint()) {
            notify("There is no checkpoint to save yet: train for at least one epoch, or open one.");
            return;
        }
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Save the checkpoint into a new folder");
        File dir = dc.showDialog(getScene().getWindow());
        if (dir != null) {
            training.saveCheckpoint(dir.toPath().resolve("latentlab-checkpoint"));
        }
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(getScene().getWindow());
        a.getDialogPane().setStyle("-fx-font-family: monospace;");
        a.show();
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
        javafx.animation.PauseTransition hide = new javafx.animation.PauseTransition(Duration.seconds(10));
        hide.setOnFinished(e -> notifications.hide());
        hide.play();
    }

    public TabPane tabs() {
        return tabs;
    }
}
