package latentlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import latentlab.data.Corruption;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import org.controlsfx.control.PropertySheet;

/**
 * The model panel: a property sheet of the settings that apply to the chosen kind of model, and
 * the reasons, if any, why it cannot be trained as set.
 */
public final class ModelSettingsView extends VBox {
    private final ModelSettingsViewModel model;
    private final PropertySheet sheet = new PropertySheet();
    private final Label problems = new Label();

    public ModelSettingsView(ModelSettingsViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("model-settings");
        sheet.setId("model-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        problems.setId("settings-problems");
        problems.getStyleClass().add("settings-problems");
        problems.setWrapText(true);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(sheet, problems);
    }

    private void initListeners() {
        model.kindProperty().addListener((obs, old, k) -> rebuild());
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
        items.add(item(model.kindProperty(), ModelKind.class, "Architecture", "Kind", "Which member of the autoencoder family"));
        items.add(item(model.latentDimProperty(), Integer.class, "Architecture", "Latent size",
                "Size of the code; 2 or 3 is shown directly, larger sizes through a projection"));
        if (k != null && !k.isClosedForm()) {
            items.add(item(model.hiddenProperty(), String.class, "Architecture",
                    k == ModelKind.CONV_AE || k == ModelKind.CONV_VAE ? "Channels" : "Hidden layers",
                    "Widths of the encoder's layers, input side first; the decoder mirrors them"));
            items.add(item(model.reconstructionProperty(), ModelSpec.ReconstructionLoss.class, "Objective",
                    "Loss", "Reconstruction loss: binary cross-entropy (from logits) or squared error, summed per image"));
        }
        if (k != null && k.isVariational()) {
            items.add(item(model.betaProperty(), Double.class, "Objective", "Beta",
                    "Weight of the KL term: 1 is the VAE, other values a beta-VAE"));
            items.add(item(model.klWarmupEpochsProperty(), Integer.class, "Objective", "KL warm-up",
                    "Epochs over which the KL weight ramps up from 0 to beta"));
        }
        if (k == ModelKind.SPARSE_AE) {
            items.add(item(model.sparsityWeightProperty(), Double.class, "Objective", "Sparsity",
                    "Weight (lambda) of the L1 penalty on the code"));
        }
        if (k == ModelKind.CAE) {
            items.add(item(model.contractionWeightProperty(), Double.class, "Objective", "Contraction",
                    "Weight (lambda) of the squared Frobenius norm of the encoder's Jacobian"));
        }
        if (k == ModelKind.DAE) {
            items.add(item(model.corruptionTypeProperty(), Corruption.Type.class, "Objective", "Noise",
                    "Noise added to the inputs in training; the loss compares with the clean image"));
            items.add(item(model.corruptionLevelProperty(), Double.class, "Objective", "Noise level",
                    "Noise standard deviation, or the fraction of pixels changed"));
        }
        if (k == ModelKind.AE || k == ModelKind.DAE || k == ModelKind.SPARSE_AE) {
            items.add(item(model.tiedWeightsProperty(), Boolean.class, "Architecture", "Tied weights",
                    "The decoder uses the encoder's weights, transposed"));
        }
        if (k != null && !k.isClosedForm()) {
            items.add(item(model.weightDecayProperty(), Double.class, "Objective", "Weight decay",
                    "L2 penalty on the squared weights"));
            items.add(item(model.epochsProperty(), Integer.class, "Training", "Epochs", "Passes over the training set"));
            items.add(item(model.batchSizeProperty(), Integer.class, "Training", "Batch size", "Images per step"));
            items.add(item(model.learningRateProperty(), Double.class, "Training", "Learning rate",
                    "Adam's step size; can be changed between epochs"));
        }
        items.add(item(model.seedProperty(), Long.class, "Training", "Seed",
                "Initialisation, shuffling and sampling derive from it: the same seed gives the same run on the CPU"));
        sheet.getItems().setAll(items);
    }

    private static PropertyItem item(Property<?> p, Class<?> type, String cat, String name, String desc) {
        return new PropertyItem(p, type, cat, name, desc);
    }
}
