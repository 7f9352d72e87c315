package latentlab.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * An image scaled to fill the space it is given, keeping its proportions and its pixels sharp
 * (digits are small pictures). It asks for no width of its own, so a wide image never holds a
 * window open; given a width, it asks for the height that width needs.
 */
public final class FittedImage extends Region {

    private final ImageView view = new ImageView();
    private double maxScale = Double.POSITIVE_INFINITY;

    public FittedImage() {
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.setManaged(false);
        view.imageProperty().addListener((o, a, b) -> requestLayout());
        getChildren().add(view);
    }

    /** The view showing the image; set the image on it. */
    public ImageView view() {
        return view;
    }

    /** The image is never drawn more than {@code scale} times its own size. */
    public void setMaxScale(double scale) {
        maxScale = scale;
        requestLayout();
    }

    private double scaleFor(double width, double height) {
        var img = view.getImage();
        if (img == null || img.getWidth() == 0 || img.getHeight() == 0) {
            return 0;
        }
        return Math.max(0, Math.min(maxScale, Math.min(width / img.getWidth(), height / img.getHeight())));
    }

    @Override
    protected void layoutChildren() {
        var in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        double s = scaleFor(w, h);
        if (s == 0) {
            view.setFitWidth(0);
            view.setFitHeight(0);
            return;
        }
        view.setFitWidth(view.getImage().getWidth() * s);
        view.setFitHeight(view.getImage().getHeight() * s);
        view.relocate(in.getLeft(), in.getTop());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        var img = view.getImage();
        var in = getInsets();
        if (img == null || width < 0) {
            return in.getTop() + in.getBottom() + (img == null ? 0 : img.getHeight());
        }
        double w = width - in.getLeft() - in.getRight();
        return in.getTop() + in.getBottom() + img.getHeight() * scaleFor(w, Double.POSITIVE_INFINITY);
    }
}
