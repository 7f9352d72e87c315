package latentlab.ui.drawpad;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import latentlab.latent.EmbeddingData;
import latentlab.ui.common.GreyImages;
import latentlab.ui.common.SampleCard;
import latentlab.ui.plot.ScatterView;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * Draw a digit with the mouse or drop a picture: see what the model is shown (28x28, as MNIST was
 * made), its reconstruction, and where its code falls on the embedding.
 */
public final class DrawPadView extends BorderPane implements WorkspaceView {

    private final DrawPadViewModel vm;
    private final ScatterView embedding;
    private final WritableImage padImage = new WritableImage(DrawPadViewModel.PAD, DrawPadViewModel.PAD);
    private final ImageView pad = new ImageView(padImage);
    private final SampleCard result = new SampleCard(4);
    private final Label message = new Label();
    private double lastX;
    private double lastY;

    public DrawPadView(DrawPadViewModel vm, ScatterView embedding) {
        this.vm = vm;
        this.embedding = embedding;
        pad.setId("draw-pad");
        StackPane padFrame = new StackPane(pad);
        padFrame.setStyle("-fx-border-color: #888; -fx-border-width: 2;");
        padFrame.setMaxSize(DrawPadViewModel.PAD + 4, DrawPadViewModel.PAD + 4);
        pad.setOnMousePressed(e -> {
            lastX = e.getX();
            lastY = e.getY();
            vm.stroke(lastX, lastY, lastX, lastY);
        });
        pad.setOnMouseDragged(e -> {
            vm.stroke(lastX, lastY, e.getX(), e.getY());
            lastX = e.getX();
            lastY = e.getY();
            vm.submitDrawing();
        });
        pad.setOnMouseReleased(e -> vm.submitDrawing());
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);

        Button clear = new Button("Clear");
        clear.setOnAction(e -> vm.clear());
        Button open = new Button("Open picture\u2026");
        open.setOnAction(e -> choose());
        message.setId("drawpad-message");
        message.setWrapText(true);
        message.setMaxWidth(DrawPadViewModel.PAD + 40);
        message.textProperty().bind(vm.messageProperty());
        result.caption().setText("What the model sees, and its reconstruction");
        VBox left = new VBox(8, padFrame, new HBox(6, clear, open), message, result);
        left.setAlignment(Pos.TOP_LEFT);
        left.setPadding(new Insets(0, 10, 0, 0));
        setLeft(left);
        setCenter(embedding);
        setPadding(new Insets(8));

        vm.inkRevisionProperty().addListener((o, a, b) -> paintPad());
        vm.preprocessedProperty().addListener((o, a, img) -> result.show(
                "What the model sees, and its reconstruction", img, 28));
        vm.reconstructionProperty().addListener((o, a, img) -> result.showReconstruction(img, 28));
        vm.codeProperty().addListener((o, a, c) -> embedding.viewModel().markerProperty().set(c));
        paintPad();
    }

    /** The draw pad of one workspace's model. */
    public static DrawPadView create(ViewContext c) {
        return new DrawPadView(new DrawPadViewModel(c.codec()), ScatterView.create(c.codec(), c.projections()));
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void onModel(latentlab.model.ModelSpec spec, List<String> classNames) {
        embedding.followModel(spec);
    }

    @Override
    public void onData(EmbeddingData data, String samples, boolean variational) {
        embedding.show(data, samples, variational);
    }

    @Override
    public void onCodes(EmbeddingData data, String samples) {
        embedding.move(data, samples);
    }

    /** The drawing is encoded and reconstructed again with the new weights. */
    @Override
    public void onWeights() {
        vm.encodeAgain();
    }

    public DrawPadViewModel viewModel() {
        return vm;
    }

    public SampleCard result() {
        return result;
    }

    /** Loads a file as if it had been dropped. */
    public void open(File file) {
        try {
            var p = PictureFiles.read(file.toPath());
            vm.loadPicture(p.argb(), p.width(), p.height(), file.getName());
        } catch (PictureFiles.NotAPictureException e) {
            vm.rejectFile(e.getMessage());
        }
    }

    private void paintPad() {
        float[] ink = vm.ink();
        int[] argb = new int[ink.length];
        for (int i = 0; i < ink.length; i++) {
            argb[i] = GreyImages.grey(ink[i]);
        }
        padImage.getPixelWriter().setPixels(0, 0, DrawPadViewModel.PAD, DrawPadViewModel.PAD,
                PixelFormat.getIntArgbInstance(), argb, 0, DrawPadViewModel.PAD);
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().getFiles();
        if (files != null && !files.isEmpty()) {
            open(files.get(0));
        }
        e.setDropCompleted(files != null && !files.isEmpty());
        e.consume();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a picture of a digit");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            open(f);
        }
    }
}
