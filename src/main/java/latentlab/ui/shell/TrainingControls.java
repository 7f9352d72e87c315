package latentlab.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import latentlab.ui.training.ModelSettingsViewModel;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.training.TrainingViewModel.State;

/**
 * Train, Pause and Stop, as tool bar buttons and Training menu items: enabled when they can act,
 * and the learning-rate dialog.
 */
final class TrainingControls {
    private final Button trainButton = new Button("Train");
    private final Button pauseButton = new Button("Pause");
    private final Button stopButton = new Button("Stop");
    private final TrainingViewModel training;
    private final Runnable train;
    private final Consumer<String> notify;

    /**
     * @param train starts a run with the settings on the left
     * @param notify shows a message to the user
     */
    TrainingControls(MainViewModel model, ModelSettingsViewModel settings, TrainingViewModel training, MainMenu menu,
            Runnable train, Consumer<String> notify) {
        this.training = training;
        this.train = train;
        this.notify = notify;
        trainButton.setId("train");
        trainButton.setTooltip(new Tooltip("Train the model set on the left (Ctrl+Enter)"));
        pauseButton.setId("pause");
        pauseButton.setTooltip(new Tooltip("Pause or resume at the next batch (Ctrl+P)"));
        stopButton.setId("stop");
        stopButton.setTooltip(new Tooltip("Stop; finished epochs stay saved (Ctrl+.)"));

        var state = training.stateProperty();
        // One binding over every input: chained or() bindings short-circuit and can miss a change.
        trainButton.disableProperty().bind(Bindings.createBooleanBinding(() -> state.get() != State.IDLE
                        || model.loadingProperty().get() || model.dataProperty().get() == null
                        || !settings.problemsProperty().get().isEmpty(),
                state, model.loadingProperty(), model.dataProperty(), settings.problemsProperty()));
        pauseButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> state.get() != State.RUNNING && state.get() != State.PAUSED, state));
        pauseButton.textProperty().bind(Bindings.when(state.isEqualTo(State.PAUSED)).then("Resume").otherwise("Pause"));
        stopButton.disableProperty().bind(pauseButton.disableProperty());
        menu.train.disableProperty().bind(trainButton.disableProperty());
        menu.pause.disableProperty().bind(pauseButton.disableProperty());
        menu.stop.disableProperty().bind(stopButton.disableProperty());
        menu.learningRate.disableProperty().bind(pauseButton.disableProperty());

        trainButton.setOnAction(e -> startTraining());
        pauseButton.setOnAction(e -> training.togglePause());
        stopButton.setOnAction(e -> training.stop());
        menu.train.setOnAction(e -> startTraining());
        menu.pause.setOnAction(e -> training.togglePause());
        menu.stop.setOnAction(e -> training.stop());
        menu.learningRate.setOnAction(e -> askLearningRate());
    }

    /** The buttons, for the tool bar. */
    List<Node> buttons() {
        return List.of(trainButton, pauseButton, stopButton);
    }

    private void startTraining() {
        if (!trainButton.isDisabled()) {
            train.run();
        }
    }

    private void askLearningRate() {
        TextInputDialog d = new TextInputDialog(String.format(Locale.ROOT, "%.1e", training.learningRateProperty().get()));
        d.setTitle("Learning rate");
        d.setHeaderText("The new rate applies from the next epoch.");
        d.initOwner(trainButton.getScene().getWindow());
        d.showAndWait().ifPresent(text -> {
            try {
                training.changeLearningRate(Double.parseDouble(text.trim()));
            } catch (IllegalArgumentException ex) {
                notify.accept("'" + text + "' is not a learning rate: give a positive number such as 1e-3.");
            }
        });
    }
}
