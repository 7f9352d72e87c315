package latentlab.ui.training;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import latentlab.ui.common.FittedImage;
import latentlab.ui.common.GreyImages;

/** A strip of images with their reconstructions below them, as one picture as wide as the panel. */
public final class ReconstructionPanel extends VBox {

    /** The strip grows with the window, up to tiles of this many times the image's own pixels. */
    private static final double MAX_ZOOM = 1.6;

    private final FittedImage strip = new FittedImage();
    private final ImageView view = strip.view();
    private final Label caption = new Label("Originals (top) and reconstructions (bottom)");
    private final int scale;

    public ReconstructionPanel(int scale) {
        this.scale = scale;
        view.setId("reconstructions");
        strip.setMaxScale(MAX_ZOOM);
        getChildren().addAll(caption, strip);
        setSpacing(4);
        setPadding(new Insets(4));
    }

    /**
     * Shows {@code count} images of {@code side x side} from each array, originals above.
     *
     * @param note shown in the caption, e.g. "epoch 4"
     */
    public void show(float[] originals, float[] reconstructions, int count, int side, String note) {
        int per = side * side;
        if (originals.length < count * per || reconstructions.length < count * per) {
            throw new IllegalArgumentException("need " + count + " images of " + side + "x" + side);
        }
        int tile = side * scale;
        WritableImage img = new WritableImage(Math.max(1, count * tile), 2 * tile);
        for (int k = 0; k < count; k++) {
            GreyImages.write(img, originals, k * per, side, scale, k * tile, 0);
            GreyImages.write(img, reconstructions, k * per, side, scale, k * tile, tile);
        }
        view.setImage(img);
        caption.setText("Originals (top) and reconstructions (bottom)" + (note == null ? "" : "  \u00b7  " + note));
    }

    public ImageView imageView() {
        return view;
    }

    /** The region the strip fills. */
    public FittedImage strip() {
        return strip;
    }
}
