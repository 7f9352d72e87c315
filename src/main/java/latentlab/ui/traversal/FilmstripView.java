package latentlab.ui.traversal;

import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import latentlab.ui.common.GreyImages;

/**
 * Every frame of the traversal in a row, as wide as the player, with the frame on show outlined.
 * Clicking or dragging over it moves every player to that frame.
 */
public final class FilmstripView extends Region {

    private static final double MIN_HEIGHT = 14;
    private static final double MAX_HEIGHT = 56;

    private final TraversalPlayerViewModel vm;
    private final ImageView strip = new ImageView();
    private final Rectangle highlight = new Rectangle();

    public FilmstripView(TraversalPlayerViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("filmstrip");
        TraversalStyles.apply(this);
        strip.setSmooth(false);
        strip.setManaged(false);
        highlight.getStyleClass().add("filmstrip-current");
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        getChildren().addAll(strip, highlight);
    }

    private void initListeners() {
        vm.framesProperty().addListener((o, a, f) -> {
            strip.setImage(f == null ? null : stripOf(f));
            requestLayout();
        });
        vm.frameProperty().addListener((o, a, b) -> requestLayout());
        setOnMousePressed(e -> seek(e.getX()));
        setOnMouseDragged(e -> seek(e.getX()));
    }

    /** The outline around the frame on show. */
    public Rectangle highlight() {
        return highlight;
    }

    /** Width of one frame in the strip, 0 without frames. */
    public double frameWidth() {
        var f = vm.framesProperty().get();
        return f == null ? 0 : getWidth() / f.count();
    }

    private void seek(double x) {
        double w = frameWidth();
        if (w > 0) {
            vm.clock().seek((int) Math.floor(x / w));
        }
    }

    private static WritableImage stripOf(TraversalPlayerViewModel.Frames f) {
        WritableImage img = new WritableImage(f.count() * f.side(), f.side());
        for (int i = 0; i < f.count(); i++) {
            GreyImages.write(img, f.images(), i * f.pixels(), f.side(), 1, i * f.side(), 0);
        }
        return img;
    }

    @Override
    protected void layoutChildren() {
        var f = vm.framesProperty().get();
        highlight.setVisible(f != null);
        if (f == null) {
            return;
        }
        double w = getWidth() / f.count();
        strip.setFitWidth(getWidth());
        strip.setFitHeight(getHeight());
        strip.relocate(0, 0);
        highlight.setX(w * Math.min(vm.frameProperty().get(), f.count() - 1));
        highlight.setY(0);
        highlight.setWidth(w);
        highlight.setHeight(getHeight());
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        var f = vm.framesProperty().get();
        if (f == null || width <= 0) {
            return MAX_HEIGHT / 2;
        }
        // Square frames where they fit, so digits are not squashed.
        return Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, width / f.count()));
    }

    /** Never squeezed below its frames' height: a crushed strip shows nothing. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }
}
