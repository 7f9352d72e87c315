package latentlab.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * A scatter with its axes: the plot in the middle, tick marks and their values along the left and
 * bottom edges, and the axes' names ("z1", "PC2", "t-SNE 1"). The ticks are those the view model
 * computed for the frame last drawn, so they follow every pan and zoom. Labels are controls, so
 * they take the theme's text colours; style classes {@code axis-tick}, {@code axis-title}.
 */
public final class ScatterAxes extends Region {

    static final double LEFT = 62;
    static final double BOTTOM = 40;
    static final double TOP = 8;
    static final double RIGHT = 14;
    private static final double MARK = 5;

    private final ScatterViewModel vm;
    private final ScatterPlot plot;
    private final Path marks = new Path();
    private final List<Label> xLabels = new ArrayList<>();
    private final List<Label> yLabels = new ArrayList<>();
    private final Label xTitle = new Label();
    private final Label yTitle = new Label();

    public ScatterAxes(ScatterViewModel vm, ScatterPlot plot) {
        this.vm = vm;
        this.plot = plot;
        marks.getStyleClass().add("axis-line");
        marks.setManaged(false);
        for (Label title : List.of(xTitle, yTitle)) {
            title.getStyleClass().add("axis-title");
            title.setManaged(false);
        }
        xTitle.setId("axis-title-x");
        yTitle.setId("axis-title-y");
        yTitle.setRotate(-90);
        xTitle.textProperty().bind(vm.xTitleProperty());
        yTitle.textProperty().bind(vm.yTitleProperty());
        getChildren().addAll(plot, marks, xTitle, yTitle);
        setMinSize(LEFT + RIGHT + plot.minWidth(-1), TOP + BOTTOM + plot.minHeight(-1));
        plot.setOnRedrawn(this::placeTicks);
    }

    /** The tick labels shown along the horizontal axis, left to right. */
    public List<Label> xTickLabels() {
        return xLabels.stream().filter(Label::isVisible).toList();
    }

    /** The tick labels shown along the vertical axis, bottom to top. */
    public List<Label> yTickLabels() {
        return yLabels.stream().filter(Label::isVisible).toList();
    }

    @Override
    protected double computePrefWidth(double height) {
        return LEFT + RIGHT + plot.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + BOTTOM + plot.prefHeight(-1);
    }

    @Override
    protected void layoutChildren() {
        plot.resizeRelocate(LEFT, TOP, Math.max(1, getWidth() - LEFT - RIGHT), Math.max(1, getHeight() - TOP - BOTTOM));
        placeTicks();
    }

    /** Puts marks and labels at the ticks of the frame on screen. */
    private void placeTicks() {
        double w = plot.getWidth();
        double h = plot.getHeight();
        marks.getElements().clear();
        List<AxisTicks.Tick> xs = vm.ticksX();
        List<AxisTicks.Tick> ys = vm.ticksY();
        grow(xLabels, xs.size());
        grow(yLabels, ys.size());
        for (int k = 0; k < xLabels.size(); k++) {
            Label label = xLabels.get(k);
            label.setVisible(k < xs.size() && xs.get(k).screen() >= 0 && xs.get(k).screen() <= w);
            if (label.isVisible()) {
                double x = LEFT + xs.get(k).screen();
                marks.getElements().addAll(new MoveTo(x, TOP + h), new LineTo(x, TOP + h + MARK));
                label.setText(xs.get(k).label());
                label.autosize();
                label.relocate(x - label.getWidth() / 2, TOP + h + MARK + 1);
            }
        }
        for (int k = 0; k < yLabels.size(); k++) {
            Label label = yLabels.get(k);
            label.setVisible(k < ys.size() && ys.get(k).screen() >= 0 && ys.get(k).screen() <= h);
            if (label.isVisible()) {
                double y = TOP + ys.get(k).screen();
                marks.getElements().addAll(new MoveTo(LEFT - MARK, y), new LineTo(LEFT, y));
                label.setText(ys.get(k).label());
                label.autosize();
                label.relocate(LEFT - MARK - 2 - label.getWidth(), y - label.getHeight() / 2);
            }
        }
        xTitle.autosize();
        xTitle.relocate(LEFT + (w - xTitle.getWidth()) / 2, TOP + h + BOTTOM - xTitle.getHeight() - 1);
        yTitle.autosize();
        // Rotation turns the label about its centre: place the centre, not the corner.
        yTitle.relocate(9 - yTitle.getWidth() / 2, TOP + h / 2 - yTitle.getHeight() / 2);
    }

    private void grow(List<Label> labels, int size) {
        while (labels.size() < size) {
            Label label = new Label();
            label.getStyleClass().add("axis-tick");
            label.setManaged(false);
            label.setMouseTransparent(true);
            labels.add(label);
            getChildren().add(label);
        }
    }
}
