package latentlab.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.training.TrainingViewModel.State;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the latest message of the data or the training, the run's progress, epoch and
 * ETA, and the device the engine computes on.
 */
final class StatusLine extends StatusBar {
    private final Label deviceLabel = new Label();
    private final Label epochLabel = new Label();
    private final Label etaLabel = new Label();

    StatusLine(MainViewModel model, TrainingViewModel training) {
        setId("status-bar");
        deviceLabel.setId("device-label");
        deviceLabel.getStyleClass().add("device-label");
        epochLabel.setId("epoch-label");
        etaLabel.setId("eta-label");
        getRightItems().addAll(epochLabel, new Separator(Orientation.VERTICAL), etaLabel,
                new Separator(Orientation.VERTICAL), deviceLabel);

        deviceLabel.textProperty().bind(model.deviceProperty());
        model.engineProperty().addListener((obs, old, info) ->
                deviceLabel.setTooltip(info == null ? null : new Tooltip(info.description())));
        epochLabel.textProperty().bind(training.epochTextProperty());
        etaLabel.textProperty().bind(training.etaTextProperty());
        // The status line shows whichever changed last: the data or the training.
        setText(model.statusProperty().get());
        model.statusProperty().addListener((o, a, s) -> setText(s));
        training.statusProperty().addListener((o, a, s) -> setText(s));
        progressProperty().bind(Bindings.createDoubleBinding(() -> {
            if (model.loadingProperty().get()) {
                return -1.0;
            }
            return training.stateProperty().get() == State.IDLE ? 0.0 : training.progressProperty().get();
        }, model.loadingProperty(), training.stateProperty(), training.progressProperty()));
    }

    /** The device, in words, for the About box. */
    String device() {
        return deviceLabel.getText();
    }
}
