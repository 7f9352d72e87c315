package latentlab.ui.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Setting;
import latentlab.model.Settings;
import latentlab.train.RunPlanner;

/**
 * The model and training settings a user edits before pressing Train, with validation. The model's
 * settings are those its kind declares ({@link Settings}), each held in its editor's form: the
 * value itself, or text for a list of layer widths. Choosing another kind of model loads that
 * kind's preset; the latent size and the training settings are kept.
 */
public final class ModelSettingsViewModel {
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(ModelKind.VAE);
    private final Map<Setting<?>, ObjectProperty<Object>> values = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<List<Setting<?>>> editable = new ReadOnlyObjectWrapper<>(List.of());
    private final IntegerProperty epochs = new SimpleIntegerProperty(RunPlanner.DEFAULT_EPOCHS);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(RunPlanner.DEFAULT_BATCH);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(RunPlanner.DEFAULT_LEARNING_RATE);
    private final LongProperty seed = new SimpleLongProperty(RunPlanner.DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());

    public ModelSettingsViewModel() {
        for (Setting<?> s : Settings.all()) {
            if (s.source() == Setting.Source.USER) {
                values.put(s, new SimpleObjectProperty<>());
            }
        }
        value(Settings.LATENT).set(kind.get().settings().get(Settings.LATENT));
        loadPreset(kind.get());
        kind.addListener((obs, old, k) -> {
            if (k != null) {
                loadPreset(k);
            }
        });
        // Change listeners, not invalidation listeners: the value of a setting the chosen kind does
        // not show is never read, and an invalidation listener would stay silent from then on.
        List<ObservableValue<?>> all = new ArrayList<>(values.values());
        all.addAll(List.of(kind, editable, epochs, batchSize, learningRate, seed));
        for (ObservableValue<?> o : all) {
            o.addListener((obs, old, now) -> problems.set(validate()));
        }
        problems.set(validate());
    }

    private void loadPreset(ModelKind k) {
        List<Setting<?>> shown = new ArrayList<>();
        k.settings().forEach((s, byDefault) -> {
            if (s.source() == Setting.Source.USER) {
                shown.add(s);
                if (s != Settings.LATENT) {
                    value(s).set(editorValue(s, byDefault));
                }
            }
        });
        editable.set(List.copyOf(shown));
    }

    /** The type of the values an editor of {@code s} holds: the value's own, or text for a list. */
    public static Class<?> editorType(Setting<?> s) {
        return switch (s.type()) {
            case INT -> Integer.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case CHOICE -> s.choiceType();
            case INT_LIST -> String.class;
        };
    }

    private static Object editorValue(Setting<?> s, Object value) {
        return s.type() == Setting.Type.INT_LIST
                ? String.join(", ", ((List<?>) value).stream().map(String::valueOf).toList())
                : value;
    }

    private static Object fromEditor(Setting<?> s, Object edited) {
        return switch (s.type()) {
            case INT_LIST -> s.parse((String) edited, s.name());
            // A numeric editor may hand back any Number.
            case DOUBLE -> s.check(edited instanceof Number n ? n.doubleValue() : edited);
            default -> s.check(edited);
        };
    }

    /** Every problem with the current settings, in words; empty when they can be trained. */
    List<String> validate() {
        List<String> out = new ArrayList<>();
        if (kind.get() == null) {
            out.add("Choose a model.");
            return out;
        }
        Map<Setting<?>, Object> chosen = new LinkedHashMap<>();
        for (Setting<?> s : editable.get()) {
            try {
                chosen.put(s, fromEditor(s, value(s).get()));
            } catch (IllegalArgumentException e) {
                out.add(e.getMessage() + ".");
            }
        }
        if (out.isEmpty()) {
            try {
                new ModelSpec(kind.get(), chosen);
            } catch (IllegalArgumentException e) {
                out.add(e.getMessage() + ".");
            }
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
        return List.copyOf(out);
    }

    /** The spec of the current settings; call only when {@link #problemsProperty()} is empty. */
    public ModelSpec spec() {
        List<String> p = validate();
        if (!p.isEmpty()) {
            throw new IllegalStateException(p.get(0));
        }
        Map<Setting<?>, Object> chosen = new LinkedHashMap<>();
        editable.get().forEach(s -> chosen.put(s, fromEditor(s, value(s).get())));
        return new ModelSpec(kind.get(), chosen);
    }

    public TrainingSettings trainingSettings() {
        return new TrainingSettings(epochs.get(), batchSize.get(), learningRate.get(), seed.get());
    }

    /** Shows {@code spec}'s values, e.g. after opening a checkpoint. */
    public void show(ModelSpec spec) {
        kind.set(spec.kind());
        for (Setting<?> s : editable.get()) {
            value(s).set(editorValue(s, spec.get(s)));
        }
    }

    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    /** The settings of the chosen kind that a user may edit, in the order they are shown. */
    public ReadOnlyObjectProperty<List<Setting<?>>> editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** The value being edited of {@code s}, in the form of {@link #editorType}. */
    public ObjectProperty<Object> value(Setting<?> s) {
        ObjectProperty<Object> p = values.get(s);
        if (p == null) {
            throw new IllegalArgumentException(s.name() + " is not set by the user");
        }
        return p;
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
