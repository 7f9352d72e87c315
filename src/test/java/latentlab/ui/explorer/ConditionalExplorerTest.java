package latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import latentlab.latent.Codec;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.common.FxSettle;
import latentlab.ui.plot.ScatterView;
import latentlab.ui.plot.ScatterViewModel;
import latentlab.ui.task.SameThreadExecutor;
import latentlab.ui.task.WorkerPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A conditional model is asked for the class the user picks. */
@ExtendWith(ApplicationExtension.class)
class ConditionalExplorerTest {
    private LatentExplorerView view;
    private WorkerPool inference;

    /** Draws every pixel at (label + 1) / 10, whatever the code. */
    static final class ClassShade implements Codec {
        @Override
        public ModelSpec spec() {
            return ModelSpec.defaults(ModelKind.CVAE, 2);
        }

        @Override
        public float[] encode(float[] pixels, int[] labels) {
            return new float[2 * (pixels.length / 784)];
        }

        @Override
        public float[] decode(float[] codes, int[] labels) {
            float[] out = new float[(codes.length / 2) * 784];
            Arrays.fill(out, labels == null ? 0f : (labels[0] + 1) / 10f);
            return out;
        }

        @Override
        public void close() {
        }
    }

    @Start
    void start(Stage stage) {
        inference = new WorkerPool("conditional-test", 1, Platform::runLater);
        CodecAccess access = new CodecAccess(inference);
        access.setCodec(new ClassShade());
        view = new LatentExplorerView(new LatentExplorerViewModel(access),
                new ScatterView(new ScatterViewModel(new SameThreadExecutor()), access));
        view.setData(ExplorerFixtures.data(2), true);
        view.setConditional(true, List.of("zero", "one", "two", "three"));
        stage.setScene(new Scene(view, 1100, 650));
        stage.show();
    }

    @AfterEach
    void stop() {
        inference.close();
    }

    private float shown() {
        return view.viewModel().decodedProperty().get()[0];
    }

    @Test
    void theChosenClassIsDecoded(FxRobot robot) throws Exception {
        FxSettle.settle(inference);
        assertEquals(0.1f, shown(), 1e-6, "class 0 at first");
        @SuppressWarnings("unchecked")
        ComboBox<String> chooser = robot.lookup("#decode-class").queryAs(ComboBox.class);
        assertTrue(chooser.isVisible());
        robot.interact(() -> chooser.getSelectionModel().select("three"));
        FxSettle.settle(inference);
        assertEquals(0.4f, shown(), 1e-6, "the decoder draws class 3");
    }
}
