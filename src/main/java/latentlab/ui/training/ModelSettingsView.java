package latentlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import latentlab.model.ModelKind;
import latentlab.model.Setting;
import org.controlsfx.control.PropertySheet;

/**
 * The model panel: a property sheet of the settings the chosen kind of model declares, then the
 * training settings, and the reasons, if any, why it cannot be trained as set.
 */
public final class ModelSettingsView extends VBox {
    private static final String TRAINING = "Training";

    private final ModelSettingsViewModel model;
    private final ComboBox<ModelKind> kind = new ComboBox<>();
    private final PropertySheet sheet = new PropertySheet();
    private final Label problems = new Label();

    public ModelSettingsView(ModelSettingsViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("model-settings");
        kind.setId("model-kind");
        kind.getItems().setAll(ModelKind.values());
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setTooltip(new Tooltip("Which member of the autoencoder family; each has its own settings below"));
        sheet.setId("model-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        problems.setId("settings-problems");
        problems.getStyleClass().add("settings-problems");
        problems.setWrapText(true);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        // The sheet's grid shrinks its columns to 100 px when it is given less than it asks for,
        // and its labels and values then end in "...": never take less than the sheet needs. The
        // kind, whose names are the longest values, has a row of its own above the sheet so that
        // the panel stays narrow.
        setMinWidth(USE_PREF_SIZE);
        setSpacing(6);
        getChildren().addAll(kind, sheet, problems);
    }

    private void initListeners() {
        kind.valueProperty().bindBidirectional(model.kindProperty());
        model.editableProperty().addListener((obs, old, shown) -> rebuild());
        model.problemsProperty().addListener((obs, old, p) -> showProblems(p));
        rebuild();
        showProblems(model.problemsProperty().get());
    }

    private void showProblems(List<String> p) {
        problems.setText(String.join("\n", p));
        problems.setVisible(!p.isEmpty());
        problems.setManaged(!p.isEmpty());
    }

    private void rebuild() {
        ModelKind k = model.kindProperty().get();
        List<PropertySheet.Item> items = new ArrayList<>();
        for (Setting<?> s : model.editableProperty().get()) {
            items.add(item(model.value(s), ModelSettingsViewModel.editorType(s), group(s.group()), s.name(),
                    description(s)));
        }
        if (k != null && !k.isClosedForm()) {
            items.add(item(model.epochsProperty(), Integer.class, TRAINING, "Epochs", "Passes over the training set"));
            items.add(item(model.batchSizeProperty(), Integer.class, TRAINING, "Batch size", "Images per step"));
            items.add(item(model.learningRateProperty(), Double.class, TRAINING, "Learning rate",
                    "Adam's step size; can be changed between epochs"));
        }
        items.add(item(model.seedProperty(), Long.class, TRAINING, "Seed",
                "Initialisation, shuffling and sampling derive from it: the same seed gives the same run on the CPU"));
        sheet.getItems().setAll(items);
    }

    /** The help of {@code s} with the values it takes: "Epochs over which ... (from 0 to 1,000,000 epochs)". */
    static String description(Setting<?> s) {
        String unit = s.unit().isEmpty() ? "" : " " + s.unit();
        return s.help() + " (" + s.rule() + unit + ")";
    }

    private static String group(Setting.Group g) {
        return g == Setting.Group.ARCHITECTURE ? "Architecture" : "Objective";
    }

    private static PropertyItem item(Property<?> p, Class<?> type, String cat, String name, String desc) {
        return new PropertyItem(p, type, cat, name, desc);
    }
}
