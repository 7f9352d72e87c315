package latentlab.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import latentlab.ui.data.SampleGridView;
import latentlab.ui.training.CheckpointCommands;
import latentlab.ui.training.ModelSettingsView;
import latentlab.ui.training.ModelSettingsViewModel;
import latentlab.ui.training.TrainingViewModel;
import org.controlsfx.control.NotificationPane;

/**
 * The main window's layout: menus, a tool bar with the data set and the training controls, the
 * model panel on the left, the Data tab and a tab per registered view of the open workspaces, the
 * status bar, and a notification bar for errors.
 */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final ModelSettingsViewModel settings;
    private final TrainingViewModel training;
    private final Workspaces workspaces;
    private final MainMenu menu = new MainMenu();
    private final ComboBox<SourceItem> chooser = new ComboBox<>();
    private final TabPane tabs = new TabPane();
    private final StatusLine statusLine;
    private final NotificationPane notifications = new NotificationPane(tabs);
    /** The notification bar's style for information rather than a problem. */
    static final String INFO_STYLE = "info";
    private final TrainingControls controls;

    MainView(MainViewModel model, ModelSettingsViewModel settings, TrainingViewModel training,
            CheckpointCommands checkpoints, Workspaces workspaces) {
        this.model = model;
        this.settings = settings;
        this.training = training;
        this.workspaces = workspaces;
        this.statusLine = new StatusLine(model, training);
        this.controls = new TrainingControls(model, settings, training, menu, this::startTraining, this::notify);
        createView();
        initListeners();
        menu.compare.disableProperty().bind(menu.train.disableProperty());
        menu.compare.setOnAction(e -> compare());
        new MenuCommands(this, menu, model, training, checkpoints, workspaces, settings);
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
        ToolBar toolBar = new ToolBar(new Label("Data set:"), chooser, new Separator(Orientation.VERTICAL));
        toolBar.getItems().addAll(controls.buttons());

        Tab data = new Tab("Data", new SampleGridView(model.samples()));
        data.setId("tab-data");
        data.setClosable(false);
        tabs.getTabs().add(data);
        workspaces.showIn(tabs);
        List<Tab> views = TabNavigation.views(tabs);
        for (int i = 0; i < views.size(); i++) {
            Tab t = views.get(i);
            menu.goTo(t.getText(), i).setOnAction(e -> TabNavigation.select(tabs, t));
        }

        ModelSettingsView settingsView = new ModelSettingsView(settings);
        settingsView.setPadding(new Insets(6));
        Label title = new Label("Model");
        title.getStyleClass().add("title-4");
        VBox left = new VBox(4, title, settingsView);
        left.setPadding(new Insets(6, 0, 0, 6));
        VBox.setVgrow(settingsView, Priority.ALWAYS);
        // Notices slide in over the bottom of the views: from the top they covered the row of tabs.
        notifications.setShowFromTop(false);
        SplitPane split = new SplitPane(left, notifications);
        split.setDividerPositions(0.25);
        // As wide as the model panel needs, so that no setting is cut short.
        left.setMinWidth(Region.USE_PREF_SIZE);
        SplitPane.setResizableWithParent(left, false);

        setTop(new VBox(menu.bar, toolBar));
        setCenter(split);
        setBottom(statusLine);
    }

    private void initListeners() {
        chooser.valueProperty().bindBidirectional(model.selectedSourceProperty());
        chooser.disableProperty().bind(training.stateProperty().isNotEqualTo(TrainingViewModel.State.IDLE));
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

    /** Trains the first workspace's model with the settings on the left, watching its Training tab. */
    private void startTraining() {
        tabs.getSelectionModel().select(1);
        training.train(model.dataProperty().get(), settings.spec(), settings.trainingSettings(),
                workspaces.first().model());
    }

    /**
     * Comparison mode: an autoencoder in the first workspace and a VAE beside it, with the hidden
     * layers and latent size set on the left, trained in lockstep; the 2D embeddings show both.
     */
    private void compare() {
        if (workspaces.countProperty().get() < Workspaces.MAX_OPEN) {
            workspaces.open("VAE");
        }
        showTab("tab-embedding");
        var all = workspaces.all();
        if (training.compare(model.dataProperty().get(), settings.spec(), settings.trainingSettings(),
                all.get(0).model(), all.get(1).model())) {
            // The panel on the left keeps its own kind: say which of its settings the two models take.
            inform(comparisonNotice(settings.spec()));
        }
    }

    /** What a comparison run takes from the panel, in one sentence. */
    static String comparisonNotice(latentlab.model.ModelSpec panel) {
        var layers = latentlab.model.Settings.HIDDEN;
        String hidden = panel.has(layers) ? "hidden layers " + layers.format(panel.hidden())
                : "the autoencoder's default hidden layers";
        return "Comparing an autoencoder (left) and a VAE (right), trained in lockstep on the same batches: "
                + hidden + " and " + panel.latentDim() + "-d codes from the panel, each kind's own objective, "
                + "and the panel's epochs, batch size, learning rate and seed.";
    }

    /** Shows {@code message}, something that went wrong, in the notification bar for a few seconds. */
    void notify(String message) {
        show(message, false);
    }

    /** Shows {@code message}, for information (nothing went wrong), in the notification bar for a few seconds. */
    void inform(String message) {
        show(message, true);
    }

    private void show(String message, boolean info) {
        notifications.getStyleClass().remove(INFO_STYLE);
        if (info) {
            notifications.getStyleClass().add(INFO_STYLE);
        }
        notifications.show(message);
        PauseTransition hide = new PauseTransition(Duration.seconds(10));
        hide.setOnFinished(e -> notifications.hide());
        hide.play();
    }

    /** The device, in words. */
    String device() {
        return statusLine.device();
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The tab of the view whose tab id is {@code id} (e.g. "tab-explorer"), within its group if it has one. */
    public Tab tab(String id) {
        return TabNavigation.find(tabs, id).orElseThrow(() -> new IllegalArgumentException("no tab " + id));
    }

    /** Brings the view whose tab id is {@code id} to the front. */
    public void showTab(String id) {
        TabNavigation.select(tabs, tab(id));
    }
}
