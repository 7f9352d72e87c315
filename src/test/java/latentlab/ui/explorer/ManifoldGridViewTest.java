package latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import latentlab.latent.MlpCodec;
import latentlab.model.ModelKind;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.common.FxSettle;
import latentlab.ui.plot.ScatterView;
import latentlab.ui.plot.ScatterViewModel;
import latentlab.ui.task.SameThreadExecutor;
import latentlab.ui.task.WorkerPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ManifoldGridViewTest {

    private ManifoldGridView view;
    private WorkerPool inference;

    @Start
    void start(Stage stage) {
        inference = new WorkerPool("grid-view-test", 1, Platform::runLater);
        CodecAccess access = new CodecAccess(inference);
        access.setCodec(new MlpCodec(ModelKind.VAE, 4));
        ScatterView scatter = new ScatterView(new ScatterViewModel(new SameThreadExecutor()), access);
        view = new ManifoldGridView(new ManifoldGridViewModel(access), scatter);
        view.setData(ExplorerFixtures.data(4), true);
        stage.setScene(new Scene(view, 1200, 650));
        stage.show();
    }

    @AfterEach
    void stop() {
        inference.close();
    }

    @Test
    void theGridIsOneMosaicBesideTheScatterWithItsSpanOutlined() throws Exception {
        FxSettle.settle(inference);
        assertNotNull(view.mosaic().getImage());
        assertEquals(15 * 28, view.mosaic().getImage().getWidth());
        var plot = view.scatter().plot();
        assertTrue(plot.dataRectangle().isVisible());
        assertTrue(plot.dataRectangle().getWidth() > 10);
    }

    @Test
    void theMosaicFillsItsPane() throws Exception {
        FxSettle.settle(inference);
        var pane = view.mosaicPane();
        double side = Math.min(pane.getWidth() - pane.getInsets().getLeft() - pane.getInsets().getRight(),
                pane.getHeight());
        var shown = view.mosaic().getBoundsInParent();
        assertTrue(side > 500, "the mosaic's pane is most of the view: " + side);
        assertEquals(side, Math.max(shown.getWidth(), shown.getHeight()), 1.0, "the mosaic fills its pane");
    }
}
