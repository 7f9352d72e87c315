package latentlab.ui.traversal;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which traversal to play: its kind and settings, one set for every model, and the problem with
 * them, if any, as a sentence. {@link #paths()} gives each model its own path through its codes.
 */
public final class TraversalChooserViewModel {

    /** Most steps offered: beyond this the filmstrip's frames are too small to see. */
    public static final int MAX_STEPS = 120;

    private final ObjectProperty<TraversalKind> kind = new SimpleObjectProperty<>(TraversalKind.INTERPOLATION);
    private final IntegerProperty sampleA = new SimpleIntegerProperty(0);
    private final IntegerProperty sampleB = new SimpleIntegerProperty(1);
    private final BooleanProperty spherical = new SimpleBooleanProperty(false);
    private final IntegerProperty steps = new SimpleIntegerProperty(24);
    private final IntegerProperty dimension = new SimpleIntegerProperty(0);
    private final DoubleProperty range = new SimpleDoubleProperty(3);
    private final DoubleProperty stepSize = new SimpleDoubleProperty(0.25);
    private final IntegerProperty seed = new SimpleIntegerProperty(1);
    private final ReadOnlyBooleanWrapper sphericalOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper samples = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper dimensions = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<ComparedModel> models = List.of();
    private List<float[]> drawn = List.of();

    public ObjectProperty<TraversalKind> kindProperty() {
        return kind;
    }

    public IntegerProperty sampleAProperty() {
        return sampleA;
    }

    public IntegerProperty sampleBProperty() {
        return sampleB;
    }

    /** Great circles for Gaussian codes; models whose codes are not Gaussian keep straight lines. */
    public BooleanProperty sphericalProperty() {
        return spherical;
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    /** The swept dimension, from 0 (shown as z1). */
    public IntegerProperty dimensionProperty() {
        return dimension;
    }

    public DoubleProperty rangeProperty() {
        return range;
    }

    public DoubleProperty stepSizeProperty() {
        return stepSize;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** Whether any model has Gaussian codes, so that a spherical path means something. */
    public ReadOnlyBooleanProperty sphericalOfferedProperty() {
        return sphericalOffered.getReadOnlyProperty();
    }

    /** How many samples there are to choose from. */
    public ReadOnlyIntegerProperty samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    /** The smallest latent size among the models: the dimensions a sweep can take. */
    public ReadOnlyIntegerProperty dimensionsProperty() {
        return dimensions.getReadOnlyProperty();
    }

    /** Why the settings make no traversal, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The models to walk through, in the order their players stand. */
    public void setModels(List<ComparedModel> next) {
        updateCodes(next);
        drawn = List.of();
        message.set("");
    }

    /** New codes of the same models (training moved them): the settings and a drawn path stay. */
    public void updateCodes(List<ComparedModel> next) {
        models = List.copyOf(next);
        sphericalOffered.set(models.stream().anyMatch(ComparedModel::variational));
        if (!sphericalOffered.get()) {
            spherical.set(false);
        }
        samples.set(models.stream().mapToInt(m -> m.data().size()).min().orElse(0));
        dimensions.set(models.stream().mapToInt(m -> m.data().dim()).min().orElse(0));
    }

    /**
     * The line drawn over the embedding, as codes of each model in player order (k x dim each), or
     * one line for all models when their latent spaces share a size. Chooses the drawn kind.
     */
    public void setDrawn(List<float[]> polylines) {
        if (polylines.size() != 1 && polylines.size() != models.size()) {
            throw new IllegalArgumentException(polylines.size() + " drawn lines for " + models.size() + " models");
        }
        drawn = List.copyOf(polylines);
        kind.set(TraversalKind.DRAWN);
    }

    /** The class of sample {@code i}, e.g. "7", or empty if there is no such sample. */
    public String sampleClass(int i) {
        if (models.isEmpty() || i < 0 || i >= samples.get()) {
            return "";
        }
        var data = models.get(0).data();
        return data.classNames().get(data.labels()[i]);
    }

    public TraversalSettings settings() {
        return new TraversalSettings(kind.get(), sampleA.get(), sampleB.get(), spherical.get(), steps.get(),
                dimension.get(), range.get(), stepSize.get(), seed.get());
    }

    /** Each model's path for the current settings, in model order; null, with the reason in the message, if none. */
    public List<TraversalPaths.Traversal> paths() {
        if (models.isEmpty()) {
            message.set("No models to traverse: train or open one first");
            return null;
        }
        if (steps.get() > MAX_STEPS) {
            message.set("At most " + MAX_STEPS + " steps: more frames would not be told apart in the filmstrip");
            return null;
        }
        TraversalSettings s = settings();
        List<TraversalPaths.Traversal> out = new ArrayList<>();
        try {
            for (int i = 0; i < models.size(); i++) {
                out.add(TraversalPaths.of(s, models.get(i), drawnFor(i)));
            }
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return null;
        }
        message.set("");
        return out;
    }

    private float[] drawnFor(int model) {
        if (drawn.isEmpty()) {
            return null;
        }
        return drawn.size() == 1 ? drawn.get(0) : drawn.get(model);
    }
}
