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
        var shown = view.mosaic().getBoundsInParent();
        double tall = pane.getHeight() - LabelledMosaic.BOTTOM;
        double wide = pane.getWidth() - pane.getInsets().getLeft() - pane.getInsets().getRight() - LabelledMosaic.LEFT;
        assertEquals(Math.min(tall, wide), shown.getHeight(), 1.0, "as large as its pane allows");
        assertEquals(tall, shown.getHeight(), 40, "about as tall as the view: the divider gave it the room");
        assertTrue(shown.getHeight() > 500, "most of the view: " + shown.getHeight());
        assertTrue(view.scatter().getWidth() >= MosaicDivider.MIN_SCATTER - 1, "the scatter keeps its room");
    }

    @Test
    void rowsAndColumnsAreLabelledWithTheirZValues() throws Exception {
        FxSettle.settle(inference);
        var grid = view.viewModel().gridProperty().get();
        var columns = view.mosaicPane().columnLabels();
        assertTrue(columns.size() >= 5, "most columns labelled: " + columns.size());
        var mosaic = view.mosaic().getBoundsInParent();
        double cell = mosaic.getWidth() / grid.size();
        for (var label : columns) {
            int c = Integer.parseInt(label.getId().substring("mosaic-x-".length()));
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", grid.xs()[c]), label.getText());
            var b = label.getBoundsInParent();
            assertEquals(mosaic.getMinX() + (c + 0.5) * cell, (b.getMinX() + b.getMaxX()) / 2, 1.0, "under its column");
        }
        assertTrue(columns.stream().anyMatch(l -> l.getText().equals("0.00")), "the prior's median is labelled");
        var rows = view.mosaicPane().rowLabels();
        var top = rows.get(rows.size() - 1);
        assertTrue(top.getBoundsInParent().getMinY() < mosaic.getMinY() + 3 * cell, "the highest z at the top");
        assertEquals("z1 (prior quantiles)", ((javafx.scene.control.Label) view.lookup("#mosaic-title-x")).getText());
        assertEquals("z2 (prior quantiles)", ((javafx.scene.control.Label) view.lookup("#mosaic-title-y")).getText());
    }
}
