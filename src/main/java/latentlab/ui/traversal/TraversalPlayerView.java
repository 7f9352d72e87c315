package latentlab.ui.traversal;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import latentlab.ui.common.GreyImages;

/**
 * One model's player: its name, the frame the shared clock is at, and under it the filmstrip of
 * every frame and the sparkline of how much each step changes the picture.
 */
public final class TraversalPlayerView extends VBox {

    /** Side of the frame on screen: a 28-pixel digit seven times over, with sharp pixels. */
    static final double FRAME_SIZE = 196;

    private final TraversalPlayerViewModel vm;
    private final Label name = new Label();
    private final Label caption = new Label();
    private final ImageView frame = new ImageView();
    private final Label message = new Label();
    private final FilmstripView filmstrip;
    private final SparklineView sparkline;
    private final Label summary = new Label();
    private WritableImage[] images = new WritableImage[0];

    public TraversalPlayerView(TraversalPlayerViewModel vm) {
        this.vm = vm;
        this.filmstrip = new FilmstripView(vm);
        this.sparkline = new SparklineView(vm);
        createView();
        initListeners();
    }

    private void createView() {
        TraversalStyles.apply(this);
        getStyleClass().add("traversal-player");
        name.setText(vm.name());
        name.getStyleClass().add("traversal-model");
        caption.getStyleClass().add("traversal-caption");
        frame.setSmooth(false);
        frame.setFitWidth(FRAME_SIZE);
        frame.setFitHeight(FRAME_SIZE);
        message.setWrapText(true);
        message.setMaxWidth(FRAME_SIZE - 16);
        message.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        StackPane screen = new StackPane(frame, message);
        screen.getStyleClass().add("traversal-frame");
        screen.setMinSize(FRAME_SIZE + 2, FRAME_SIZE + 2);
        screen.setMaxSize(FRAME_SIZE + 2, FRAME_SIZE + 2);
        summary.getStyleClass().add("traversal-summary");
        summary.setWrapText(true);
        Label stepsTitle = new Label("Pixel change per step (one scale for every model)");
        stepsTitle.getStyleClass().add("traversal-caption");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(4);
        setPadding(new Insets(6));
        setFillWidth(true);
        getChildren().addAll(name, caption, screen, filmstrip, stepsTitle, sparkline, summary);
    }

    private void initListeners() {
        message.textProperty().bind(vm.messageProperty());
        caption.textProperty().bind(vm.captionProperty());
        vm.framesProperty().addListener((o, a, f) -> {
            images = f == null ? new WritableImage[0] : frames(f);
            summary.setText(f == null ? "" : f.profile().summary());
            showFrame();
        });
        vm.frameProperty().addListener((o, a, b) -> showFrame());
    }

    private static WritableImage[] frames(TraversalPlayerViewModel.Frames f) {
        WritableImage[] out = new WritableImage[f.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = GreyImages.image(f.images(), i * f.pixels(), f.side(), 1);
        }
        return out;
    }

    private void showFrame() {
        int i = vm.frameProperty().get();
        frame.setImage(i < images.length ? images[i] : null);
    }

    public TraversalPlayerViewModel viewModel() {
        return vm;
    }

    /** The frame on show. */
    public ImageView frame() {
        return frame;
    }

    public FilmstripView filmstrip() {
        return filmstrip;
    }

    public SparklineView sparkline() {
        return sparkline;
    }

    /** The largest step in words. */
    public Label summary() {
        return summary;
    }
}
