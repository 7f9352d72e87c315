package latentlab.ui.traversal;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import latentlab.latent.path.ClassMeans;

/**
 * Class means and latent arithmetic, decoded in every model at once: the mean code of class a,
 * or mean(a) - mean(b) + the code of a sample ("this 2, moved from the 1s towards the 7s"). Each
 * model takes its own means, so the same sum lands wherever that model put those classes.
 */
public final class LatentArithmeticViewModel {

    /** One model's answer: its name and the decoded image (null until it comes). */
    public record Result(String model, float[] image, int side) {
    }

    private final IntegerProperty classA = new SimpleIntegerProperty(0);
    private final IntegerProperty classB = new SimpleIntegerProperty(1);
    private final IntegerProperty sample = new SimpleIntegerProperty(0);
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private List<ComparedModel> models = List.of();
    private List<ClassMeans> means = List.of();
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    private long request;

    public IntegerProperty classAProperty() {
        return classA;
    }

    public IntegerProperty classBProperty() {
        return classB;
    }

    public IntegerProperty sampleProperty() {
        return sample;
    }

    /** What the images show, e.g. "mean(7) - mean(1) + sample 12 (2)". */
    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One result per model, in model order. */
    public ObservableList<Result> results() {
        return results;
    }

    /** The class names to choose a and b from. */
    public ObservableList<String> classNames() {
        return classNames;
    }

    public void setModels(List<ComparedModel> next) {
        request++;
        updateCodes(next);
        results.setAll(models.stream().map(x -> new Result(x.name(), null, 0)).toList());
        formula.set("");
        message.set("");
    }

    /** New codes of the same models (training moved them): the next sums use them; what is shown stays. */
    public void updateCodes(List<ComparedModel> next) {
        models = List.copyOf(next);
        List<ClassMeans> m = new ArrayList<>();
        for (ComparedModel model : models) {
            var d = model.data();
            m.add(ClassMeans.of(d.codes(), d.labels(), d.dim(), d.classNames().size()));
        }
        means = m;
        List<String> names = models.isEmpty() ? List.of() : models.get(0).data().classNames();
        if (!classNames.equals(names)) {
            classNames.setAll(names);
        }
    }

    /** Decodes the mean code of class a in every model. */
    public void decodeMean() {
        int a = classA.get();
        if (!checkClass(a)) {
            return;
        }
        decode("mean(" + classNames.get(a) + ")", i -> means.get(i).mean(a));
    }

    /** Decodes mean(a) - mean(b) + the sample's code in every model. */
    public void decodeArithmetic() {
        int a = classA.get();
        int b = classB.get();
        int s = sample.get();
        if (!checkClass(a) || !checkClass(b)) {
            return;
        }
        int size = models.get(0).data().size();
        if (s < 0 || s >= size) {
            message.set("Sample " + s + " does not exist: choose 0 to " + (size - 1));
            return;
        }
        String label = classNames.get(models.get(0).data().labels()[s]);
        decode("mean(" + classNames.get(a) + ") \u2212 mean(" + classNames.get(b) + ") + sample " + s + " (" + label
                + ")", i -> means.get(i).arithmetic(a, b, models.get(i).data().code(s)));
    }

    private interface CodeOf {
        float[] code(int model);
    }

    private void decode(String what, CodeOf codeOf) {
        long mine = ++request;
        List<float[]> codes = new ArrayList<>();
        try {
            for (int i = 0; i < models.size(); i++) {
                codes.add(codeOf.code(i));
            }
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage().substring(0, 1).toUpperCase() + e.getMessage().substring(1));
            return;
        }
        formula.set(what);
        message.set("");
        for (int i = 0; i < models.size(); i++) {
            int at = i;
            String name = models.get(i).name();
            results.set(at, new Result(name, null, 0));
            models.get(i).frames().decode(codes.get(i), 1, image -> {
                int side = (int) Math.round(Math.sqrt(image.length));
                if (mine == request && side * side == image.length) {
                    results.set(at, new Result(name, image, side));
                } else if (mine == request) {
                    message.set(name + " gave " + image.length + " pixel values, not a square image");
                }
            }, error -> {
                if (mine == request) {
                    message.set(name + ": " + error);
                }
            });
        }
    }

    private boolean checkClass(int c) {
        if (models.isEmpty()) {
            message.set("No models: train or open one first");
            return false;
        }
        if (c < 0 || c >= classNames.size()) {
            message.set("Class " + c + " does not exist: choose one of " + String.join(", ", classNames));
            return false;
        }
        return true;
    }
}
