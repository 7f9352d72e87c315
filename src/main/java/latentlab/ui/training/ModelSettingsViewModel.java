package latentlab.ui.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import latentlab.data.Corruption;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.train.RunPlanner;

/**
 * The model and training settings a user edits before pressing Train, with validation. Choosing
 * another kind of model loads that kind's preset objective and layers; the latent size and the
 * training settings are kept.
 */
public final class ModelSettingsViewModel {
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(ModelKind.VAE);
    private final IntegerProperty latentDim = new SimpleIntegerProperty(2);
    private final StringProperty hidden = new SimpleStringProperty();
    private final ObjectProperty<ModelSpec.ReconstructionLoss> reconstruction = new SimpleObjectProperty<>();
    private final DoubleProperty beta = new SimpleDoubleProperty();
    private final IntegerProperty klWarmupEpochs = new SimpleIntegerProperty();
    private final DoubleProperty sparsityWeight = new SimpleDoubleProperty();
    private final DoubleProperty contractionWeight = new SimpleDoubleProperty();
    private final DoubleProperty weightDecay = new SimpleDoubleProperty();
    private final BooleanProperty tiedWeights = new SimpleBooleanProperty();
    private final ObjectProperty<Corruption.Type> corruptionType = new SimpleObjectProperty<>();
    private final DoubleProperty corruptionLevel = new SimpleDoubleProperty();
    private final IntegerProperty epochs = new SimpleIntegerProperty(RunPlanner.DEFAULT_EPOCHS);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(RunPlanner.DEFAULT_BATCH);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(RunPlanner.DEFAULT_LEARNING_RATE);
    private final LongProperty seed = new SimpleLongProperty(RunPlanner.DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());

    public ModelSettingsViewModel() {
        loadPreset(kind.get());
        kind.addListener((obs, old, k) -> {
            if (k != null) {
                loadPreset(k);
            }
        });
        Observable[] all = {kind, latentDim, hidden, reconstruction, beta, klWarmupEpochs, sparsityWeight,
            contractionWeight, weightDecay, tiedWeights, corruptionType, corruptionLevel, epochs, batchSize,
            learningRate, seed};
        for (Observable o : all) {
            o.addListener(x -> problems.set(validate()));
        }
        problems.set(validate());
    }

    private void loadPreset(ModelKind k) {
        showLayersAndObjective(ModelSpec.defaults(k, Math.max(1, latentDim.get())));
    }

    private void showLayersAndObjective(ModelSpec d) {
        hidden.set(String.join(", ", d.hidden().stream().map(String::valueOf).toList()));
        reconstruction.set(d.reconstruction());
        beta.set(d.beta());
        klWarmupEpochs.set(d.klWarmupEpochs());
        sparsityWeight.set(d.sparsityWeight());
        contractionWeight.set(d.contractionWeight());
        weightDecay.set(d.weightDecay());
        tiedWeights.set(d.tiedWeights());
        corruptionType.set(d.corruption().type());
        corruptionLevel.set(d.corruption().level());
    }

    /** Every problem with the current settings, in words; empty when they can be trained. */
    List<String> validate() {
        List<String> out = new ArrayList<>();
        if (kind.get() == null) {
            out.add("Choose a model.");
            return out;
        }
        if (latentDim.get() < 1 || latentDim.get() > ModelSpec.MAX_LATENT) {
            out.add("Latent size must be between 1 and " + ModelSpec.MAX_LATENT + ".");
        }
        try {
            List<Integer> h = parseHidden(hidden.get());
            if (kind.get().isClosedForm() && !h.isEmpty()) {
                out.add("PCA has no hidden layers.");
            }
        } catch (IllegalArgumentException e) {
            out.add(e.getMessage());
        }
        if (epochs.get() < 1 || epochs.get() > 10_000) {
            out.add("Epochs must be between 1 and 10,000.");
        }
        if (batchSize.get() < 1 || batchSize.get() > 8192) {
            out.add("Batch size must be between 1 and 8,192.");
        }
        if (!(learningRate.get() > 0) || learningRate.get() > 1) {
            out.add("Learning rate must be above 0 and at most 1.");
        }
        if (!(beta.get() >= 0)) {
            out.add("Beta must be 0 or more.");
        }
        if (!(sparsityWeight.get() >= 0) || !(contractionWeight.get() >= 0) || !(weightDecay.get() >= 0)) {
            out.add("Penalty weights must be 0 or more.");
        }
        if (klWarmupEpochs.get() < 0) {
            out.add("KL warm-up must be 0 epochs or more.");
        }
        double level = corruptionLevel.get();
        if (!(level >= 0) || (corruptionType.get() != Corruption.Type.GAUSSIAN && level > 1)) {
            out.add("Corruption level must be between 0 and 1 (a standard deviation >= 0 for Gaussian noise).");
        }
        return List.copyOf(out);
    }

    /** Hidden layer widths from text such as "128, 64, 12". */
    static List<Integer> parseHidden(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            List<Integer> out = Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty())
                    .map(Integer::parseInt).toList();
            for (int v : out) {
                if (v < 1 || v > 8192) {
                    throw new IllegalArgumentException("Each hidden layer needs 1 to 8,192 units.");
                }
            }
            return out;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Hidden layers must be whole numbers separated by commas, e.g. 128, 64, 12.");
        }
    }

    /** The spec of the current settings; call only when {@link #problemsProperty()} is empty. */
    public ModelSpec spec() {
        List<String> p = validate();
        if (!p.isEmpty()) {
            throw new IllegalStateException(p.get(0));
        }
        return ModelSpec.defaults(kind.get(), latentDim.get())
                .withHidden(parseHidden(hidden.get()))
                .withReconstruction(reconstruction.get())
                .withBeta(beta.get())
                .withKlWarmupEpochs(klWarmupEpochs.get())
                .withSparsityWeight(sparsityWeight.get())
                .withContractionWeight(contractionWeight.get())
                .withWeightDecay(weightDecay.get())
                .withTiedWeights(tiedWeights.get())
                .withCorruption(new Corruption(corruptionType.get(), corruptionLevel.get()));
    }

    public TrainingSettings trainingSettings() {
        return new TrainingSettings(epochs.get(), batchSize.get(), learningRate.get(), seed.get());
    }

    /** Shows {@code spec}'s values, e.g. after opening a checkpoint. */
    public void show(ModelSpec spec) {
        kind.set(spec.kind());
        latentDim.set(spec.latentDim());
        showLayersAndObjective(spec);
    }

    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    public IntegerProperty latentDimProperty() {
        return latentDim;
    }

    public StringProperty hiddenProperty() {
        return hidden;
    }

    public ObjectProperty<ModelSpec.ReconstructionLoss> reconstructionProperty() {
        return reconstruction;
    }

    public DoubleProperty betaProperty() {
        return beta;
    }

    public IntegerProperty klWarmupEpochsProperty() {
        return klWarmupEpochs;
    }

    public DoubleProperty sparsityWeightProperty() {
        return sparsityWeight;
    }

    public DoubleProperty contractionWeightProperty() {
        return contractionWeight;
    }

    public DoubleProperty weightDecayProperty() {
        return weightDecay;
    }

    public BooleanProperty tiedWeightsProperty() {
        return tiedWeights;
    }

    public ObjectProperty<Corruption.Type> corruptionTypeProperty() {
        return corruptionType;
    }

    public DoubleProperty corruptionLevelProperty() {
        return corruptionLevel;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public LongProperty seedProperty() {
        return seed;
    }
}
