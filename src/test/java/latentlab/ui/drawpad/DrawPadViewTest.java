package latentlab.ui.drawpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import latentlab.latent.EmbeddingData;
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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DrawPadViewTest {

    private DrawPadView view;
    private ScatterView embedding;
    private WorkerPool inference;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        inference = new WorkerPool("drawpad-view-test", 1, Platform::runLater);
        CodecAccess access = new CodecAccess(inference);
        access.setCodec(new MlpCodec(ModelKind.AE, 2));
        embedding = new ScatterView(new ScatterViewModel(new SameThreadExecutor()), access);
        float[] codes = new float[40];
        int[] labels = new int[20];
        for (int i = 0; i < 20; i++) {
            codes[2 * i] = (i % 5) - 2;
            codes[2 * i + 1] = (i / 5) - 2;
            labels[i] = i % 2;
        }
        embedding.viewModel().setData(new EmbeddingData(codes, 2, labels, java.util.List.of("even", "odd"), null, 28));
        view = new DrawPadView(new DrawPadViewModel(access), embedding);
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        inference.close();
    }

    private void settle() throws Exception {
        FxSettle.settle(inference);
    }

    @Test
    void drawingWithTheMouseShowsTheReconstructionAndThePoint(FxRobot robot) throws Exception {
        robot.drag("#draw-pad").moveBy(0, 60).moveBy(20, 40).drop();
        settle();
        assertNotNull(view.viewModel().codeProperty().get());
        assertNotNull(view.result().reconstructionView().getImage());
        assertTrue(embedding.plot().marker().isVisible(), "the drawing's code is a point on the embedding");
    }

    @Test
    void aDroppedPictureIsReadAndAnythingElseIsRefusedClearly(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a picture");
        robot.interact(() -> view.open(notes.toFile()));
        assertEquals("notes.txt is not an image LatentLab can read (PNG, JPEG, GIF, BMP)",
                robot.lookup("#drawpad-message").queryLabeled().getText());

        BufferedImage photo = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, 300, 200);
        g.setColor(new Color(20, 20, 60));
        g.fillRect(200, 20, 25, 150);
        g.dispose();
        Path png = dir.resolve("seven.png");
        ImageIO.write(photo, "png", png.toFile());
        robot.interact(() -> view.open(png.toFile()));
        settle();
        float[] img = view.viewModel().preprocessedProperty().get();
        assertTrue(img[14 * 28 + 14] > 0.5f, "the bar is centred and bright");
        assertEquals(0, img[0], 1e-6);
        assertNotNull(view.viewModel().codeProperty().get());
        assertEquals("Loaded seven.png", robot.lookup("#drawpad-message").queryLabeled().getText());
    }
}
