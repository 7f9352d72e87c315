package latentlab.ui.explorer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import latentlab.latent.EmbeddingData;
import latentlab.latent.RangeRule;
import latentlab.model.ModelSpec;
import latentlab.ui.common.GreyImages;
import latentlab.ui.plot.ScatterView;
import latentlab.ui.workspace.ViewContext;
import latentlab.ui.workspace.WorkspaceView;

/**
 * Walk the latent space: a slider per dimension, the decoded image large, and the code as a marker
 * on the 2D embedding that can itself be dragged (with a linear projection) to decode as it moves.
 */
public final class LatentExplorerView extends BorderPane implements WorkspaceView {

    private static final int IMAGE_SCALE = 10;

    private final LatentExplorerViewModel vm;
    private final ScatterView embedding;
    private final SliderPanel sliders;
    private final ImageView decodedView = new ImageView();
    private final Button sample = new Button();
    private final ComboBox<String> classChooser = new ComboBox<>();
    private final HBox classRow = new HBox(6, new Label("Decode as class"), classChooser);

    /** @param embedding the scatter to show the code on (its data is set with this view's) */
    public LatentExplorerView(LatentExplorerViewModel vm, ScatterView embedding) {
        this.vm = vm;
        this.embedding = embedding;
        this.sliders = new SliderPanel(vm);

        ComboBox<RangeRule> rule = new ComboBox<>();
        rule.getItems().setAll(RangeRule.values());
        rule.valueProperty().bindBidirectional(vm.rangeRuleProperty());
        Button encode = new Button("Encode selected sample");
        encode.setId("encode-selected");
        encode.setOnAction(e -> vm.encodeSample(embedding.viewModel().pinnedProperty().get()));
        sample.setId("sample-prior");
        sample.setOnAction(e -> vm.sampleFromPrior());
        Button reset = new Button("Reset to mean");
        reset.setId("reset-mean");
        reset.setOnAction(e -> vm.resetToMean());
        Label beyond = new Label();
        beyond.setId("out-of-range");
        beyond.getStyleClass().add("out-of-range-note");
        beyond.setWrapText(true);
        beyond.textProperty().bind(vm.outOfRangeProperty());
        beyond.visibleProperty().bind(vm.outOfRangeProperty().isNotEmpty());
        beyond.managedProperty().bind(beyond.visibleProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        ScrollPane scroll = new ScrollPane(sliders);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, encode, sample, reset);

        decodedView.setId("decoded-image");
        decodedView.setSmooth(false);
        Label caption = new Label("Decoded from the current code");
        VBox image = new VBox(6, decodedView, caption);
        image.setAlignment(Pos.TOP_CENTER);

        classChooser.setId("decode-class");
        classChooser.setTooltip(new javafx.scene.control.Tooltip("The class the conditional decoder draws"));
        classChooser.valueProperty().addListener((o, a, name) -> {
            int l = classChooser.getItems().indexOf(name);
            if (l >= 0) {
                vm.setLabel(l);
            }
        });
        classRow.setVisible(false);
        classRow.setManaged(false);

        // The image and its controls in one column; the embedding takes the rest of the width.
        VBox controls = new VBox(8, image, classRow, new HBox(6, new Label("Slider range"), rule), scroll, beyond,
                buttons, message);
        controls.setPrefWidth(320);
        controls.setMinWidth(300);
        controls.setPadding(new Insets(0, 10, 0, 0));

        setLeft(controls);
        setCenter(embedding);
        setPadding(new Insets(8));

        vm.decodedProperty().addListener((o, a, img) -> showDecoded(img));
        vm.codeProperty().addListener((o, a, c) -> embedding.viewModel().markerProperty().set(c));
        embedding.plot().setOnMarkerDragged(vm::setCode);
    }

    /** The explorer of one workspace's model. */
    public static LatentExplorerView create(ViewContext c) {
        return new LatentExplorerView(new LatentExplorerViewModel(c.codec()),
                ScatterView.create(c.codec(), c.projections()));
    }

    @Override
    public javafx.scene.Node node() {
        return this;
    }

    @Override
    public void onModel(ModelSpec spec, java.util.List<String> classNames) {
        setConditional(spec.kind().isConditional(), classNames);
        embedding.followModel(spec);
    }

    @Override
    public void onData(EmbeddingData data, String samples, boolean variational) {
        embedding.viewModel().samplesProperty().set(samples);
        setData(data, variational);
    }

    @Override
    public void onCodes(EmbeddingData data, String samples) {
        embedding.move(data, samples);
    }

    /** The current code is decoded again with the new weights. */
    @Override
    public void onWeights() {
        float[] code = vm.codeProperty().get();
        if (code != null) {
            vm.setCode(code);
        }
    }

    /**
     * For a conditional model, offers its classes to decode; for any other, hides the choice.
     */
    public void setConditional(boolean conditional, java.util.List<String> classNames) {
        classRow.setVisible(conditional);
        classRow.setManaged(conditional);
        if (conditional) {
            classChooser.getItems().setAll(classNames);
            classChooser.getSelectionModel().select(0);
            vm.setLabel(0);
        } else {
            vm.setLabel(-1);
        }
    }

    /** Shows {@code data} in the sliders' ranges and on the embedding, starting at the mean code. */
    public void setData(EmbeddingData data, boolean variationalModel) {
        embedding.show(data, embedding.viewModel().samplesProperty().get(), variationalModel);
        vm.setData(data, variationalModel);
        sample.setText(vm.sampleButtonText());
    }

    public LatentExplorerViewModel viewModel() {
        return vm;
    }

    public ImageView decodedView() {
        return decodedView;
    }

    SliderPanel sliderPanel() {
        return sliders;
    }

    private void showDecoded(float[] img) {
        int side = vm.data() == null ? 28 : vm.data().side();
        if (img == null || img.length != side * side) {
            return;
        }
        if (!(decodedView.getImage() instanceof WritableImage w) || w.getWidth() != side * IMAGE_SCALE) {
            decodedView.setImage(new WritableImage(side * IMAGE_SCALE, side * IMAGE_SCALE));
        }
        GreyImages.write((WritableImage) decodedView.getImage(), img, 0, side, IMAGE_SCALE, 0, 0);
    }
}
