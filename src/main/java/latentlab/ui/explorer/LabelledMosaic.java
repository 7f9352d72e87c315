package latentlab.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * The manifold grid's mosaic as large as its space allows, square, with the z value of each
 * column below it and of each row beside it, and the two dimensions' names. Where the cells are
 * too small for every value, every second or third is labelled, always including the middle one.
 * Style classes {@code axis-tick} and {@code axis-title}, as the scatters' axes.
 */
public final class LabelledMosaic extends Region {

    static final double LEFT = 64;
    static final double BOTTOM = 42;
    /** Fewest pixels between labelled columns and rows. */
    private static final double COLUMN_SPACING = 42;
    private static final double ROW_SPACING = 20;

    private final ImageView view = new ImageView();
    private final List<Label> columnLabels = new ArrayList<>();
    private final List<Label> rowLabels = new ArrayList<>();
    private final Label xTitle = new Label();
    private final Label yTitle = new Label();
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    public LabelledMosaic() {
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.setManaged(false);
        for (Label title : List.of(xTitle, yTitle)) {
            title.getStyleClass().add("axis-title");
            title.setManaged(false);
        }
        xTitle.setId("mosaic-title-x");
        yTitle.setId("mosaic-title-y");
        yTitle.setRotate(-90);
        getChildren().addAll(view, xTitle, yTitle);
        setMinSize(LEFT + 60, BOTTOM + 60);
    }

    /** The view showing the mosaic. */
    public ImageView view() {
        return view;
    }

    /**
     * Shows a mosaic whose column c was decoded at x = {@code xs[c]} and whose row r (top first) at
     * y = {@code ys[ys.length - 1 - r]}, as {@link latentlab.latent.ManifoldGrid} lays them out.
     */
    public void show(Image mosaic, double[] columnValues, double[] rowValues, String xName, String yName) {
        view.setImage(mosaic);
        xs = columnValues.clone();
        ys = rowValues.clone();
        xTitle.setText(xName);
        yTitle.setText(yName);
        makeLabels(columnLabels, xs, "mosaic-x-");
        makeLabels(rowLabels, ys, "mosaic-y-");
        requestLayout();
    }

    /** The column labels shown, left to right. */
    public List<Label> columnLabels() {
        return columnLabels.stream().filter(Label::isVisible).toList();
    }

    /** The row labels shown, bottom to top. */
    public List<Label> rowLabels() {
        return rowLabels.stream().filter(Label::isVisible).toList();
    }

    private void makeLabels(List<Label> labels, double[] values, String id) {
        getChildren().removeAll(labels);
        labels.clear();
        double step = values.length > 1 ? Math.abs(values[1] - values[0]) : 1;
        int decimals = step > 0 ? Math.max(0, Math.min(3, 1 - (int) Math.floor(Math.log10(step)))) : 2;
        for (int k = 0; k < values.length; k++) {
            Label label = new Label(String.format(Locale.ROOT, "%." + decimals + "f", values[k]));
            label.getStyleClass().add("axis-tick");
            label.setId(id + k);
            label.setManaged(false);
            labels.add(label);
        }
        getChildren().addAll(labels);
    }

    @Override
    protected void layoutChildren() {
        Image img = view.getImage();
        if (img == null || xs.length == 0 || ys.length == 0) {
            return;
        }
        var in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight() - LEFT;
        double h = getHeight() - in.getTop() - in.getBottom() - BOTTOM;
        double side = Math.max(1, Math.min(w, h));
        double x0 = in.getLeft() + LEFT + Math.max(0, (w - side) / 2);
        double y0 = in.getTop();
        view.setFitWidth(side);
        view.setFitHeight(side);
        view.relocate(x0, y0);
        double cellX = side / xs.length;
        double cellY = side / ys.length;
        int everyX = (int) Math.ceil(COLUMN_SPACING / cellX);
        for (int c = 0; c < columnLabels.size(); c++) {
            Label label = columnLabels.get(c);
            label.setVisible(c % everyX == ((xs.length - 1) / 2) % everyX);
            label.autosize();
            label.relocate(x0 + (c + 0.5) * cellX - label.getWidth() / 2, y0 + side + 3);
        }
        int everyY = (int) Math.ceil(ROW_SPACING / cellY);
        for (int k = 0; k < rowLabels.size(); k++) {
            Label label = rowLabels.get(k);
            label.setVisible(k % everyY == ((ys.length - 1) / 2) % everyY);
            label.autosize();
            // Value k is drawn in row ys.length - 1 - k: the highest y on top.
            double centre = y0 + (ys.length - 1 - k + 0.5) * cellY;
            label.relocate(x0 - 6 - label.getWidth(), centre - label.getHeight() / 2);
        }
        xTitle.autosize();
        xTitle.relocate(x0 + (side - xTitle.getWidth()) / 2, y0 + side + BOTTOM - xTitle.getHeight() - 2);
        yTitle.autosize();
        // Rotation turns the label about its centre: place the centre, not the corner.
        double yLabelsLeft = x0 - LEFT;
        yTitle.relocate(yLabelsLeft + 9 - yTitle.getWidth() / 2, y0 + side / 2 - yTitle.getHeight() / 2);
    }
}
