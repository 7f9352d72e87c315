package latentlab.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One sample at a glance: its image, its reconstruction when a model is loaded, and a caption. */
public final class SampleCard extends VBox {

    private final ImageView original = new ImageView();
    private final ImageView reconstruction = new ImageView();
    private final Label caption = new Label();
    private final int scale;

    public SampleCard(int scale) {
        this.scale = scale;
        HBox images = new HBox(6, labelled(original, "image"), labelled(reconstruction, "reconstruction"));
        images.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(caption, images);
        setSpacing(4);
        setPadding(new Insets(4));
        getStyleClass().add("sample-card");
    }

    private static VBox labelled(ImageView view, String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 0.8em;");
        VBox box = new VBox(2, view, l);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Shows a sample; {@code image} may be null when the set has no images. */
    public void show(String text, float[] image, int side) {
        caption.setText(text);
        original.setImage(image == null ? null : GreyImages.image(image, 0, side, scale));
        reconstruction.setImage(null);
    }

    public void showReconstruction(float[] image, int side) {
        reconstruction.setImage(image == null ? null : GreyImages.image(image, 0, side, scale));
    }

    public Label caption() {
        return caption;
    }

    public ImageView reconstructionView() {
        return reconstruction;
    }
}
