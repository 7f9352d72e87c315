package latentlab.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;

/**
 * Chooses the samples shown for a data set: the first {@code perClass} training images of every
 * class, one row per class, so a class's look and its variety are seen at a glance.
 */
public final class SampleGridViewModel {

    /** One class's row. */
    public record Row(int label, String className, int count, List<Integer> indices) {
    }

    private final int perClass;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public SampleGridViewModel(int perClass) {
        this.perClass = perClass;
    }

    /** Shows {@code split}'s training set, or nothing for null. */
    public void show(DataSplit split) {
        if (split == null) {
            dataset.set(null);
            rows.set(List.of());
            summary.set("");
            return;
        }
        Dataset train = split.train();
        List<List<Integer>> picked = new ArrayList<>();
        for (int c = 0; c < train.numClasses(); c++) {
            picked.add(new ArrayList<>());
        }
        for (int i = 0; i < train.size(); i++) {
            List<Integer> l = picked.get(train.label(i));
            if (l.size() < perClass) {
                l.add(i);
            }
        }
        int[] counts = train.classCounts();
        List<Row> out = new ArrayList<>();
        for (int c = 0; c < train.numClasses(); c++) {
            out.add(new Row(c, train.classNames().get(c), counts[c], List.copyOf(picked.get(c))));
        }
        dataset.set(train);
        rows.set(List.copyOf(out));
        summary.set(String.format(Locale.ROOT, "%,d training and %,d validation images of %dx%d pixels,"
                        + " %d classes, mean pixel value %.3f",
                train.size(), split.validation().size(), train.rows(), train.cols(), train.numClasses(),
                train.pixelMean()));
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
