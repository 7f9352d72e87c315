package latentlab.ui.training;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import latentlab.ui.common.GreyImages;

/** A strip of images with their reconstructions below them, as one picture. */
public final class ReconstructionPanel extends VBox {

    private final ImageView view = new ImageView();
    private final Label caption = new Label("Originals (top) and reconstructions (bottom)");
    private final int scale;

    public ReconstructionPanel(int scale) {
        this.scale = scale;
        view.setId("reconstructions");
        view.setSmooth(false);
        getChildren().addAll(caption, view);
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
}
