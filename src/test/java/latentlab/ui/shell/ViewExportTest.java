package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > Export view as PNG: the tab's view drawn again at the chosen scale, on its own background. */
@ExtendWith(ApplicationExtension.class)
class ViewExportTest {
    @TempDir
    Path dir;
    private Tab tab;
    private final List<String> said = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Pane view = new Pane(new Rectangle(10, 10, 20, 10));
        ((Rectangle) view.getChildren().get(0)).setFill(Color.RED);
        view.setBackground(new Background(new BackgroundFill(Color.rgb(30, 40, 50), null, null)));
        view.setPrefSize(60, 40);
        tab = new Tab("Embedding 2D", view);
        stage.setScene(new Scene(new TabPane(tab), 200, 150));
        stage.show();
    }

    @Test
    void twiceTheScaleDrawsTwiceThePixelsOfTheViewOnItsBackground(FxRobot robot) throws Exception {
        Path file = dir.resolve("embedding-2d.png");
        double[] size = new double[2];
        robot.interact(() -> {
            size[0] = tab.getContent().getLayoutBounds().getWidth();
            size[1] = tab.getContent().getLayoutBounds().getHeight();
            ViewExport.write(tab, 2, file, new SameThreadExecutor(), said::add);
        });
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(Math.round(2 * size[0]), png.getWidth());
        assertEquals(Math.round(2 * size[1]), png.getHeight());
        assertEquals(0xFF0000, png.getRGB(2 * 20, 2 * 15) & 0xFFFFFF, "the rectangle, at twice its place");
        assertEquals(0x1E2832, png.getRGB(2 * 50, 2 * 5) & 0xFFFFFF, "the view's own background");
        assertEquals(List.of(String.format("The Embedding 2D view is saved as %s (%d x %d pixels)", file,
                png.getWidth(), png.getHeight())), said);
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidAndNoFileIsLeft(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path file = notAFolder.resolve("view.png");
        robot.interact(() -> ViewExport.write(tab, 1, file, new SameThreadExecutor(), said::add));
        assertEquals(1, said.size());
        assertTrue(said.get(0).startsWith("The Embedding 2D view could not be saved as " + file + ": "), said.get(0));
        assertFalse(Files.exists(file));
        assertEquals(List.of(notAFolder), Files.list(dir).toList(), "no partial file beside it");
    }

    @Test
    void aScaleTooLargeToDrawIsRefusedWithTheSizeItWouldHave(FxRobot robot) {
        Pane large = new Pane();
        large.resize(3000, 2000);
        Tab wide = new Tab("Manifold grid", large);
        robot.interact(() -> ViewExport.write(wide, 8, dir.resolve("a.png"), new SameThreadExecutor(), said::add));
        assertEquals(List.of("The Manifold grid view could not be exported: at 8x the picture would be 24000 x 16000"
                + " pixels; at most 16384 a side can be drawn: choose a smaller scale"), said);
        assertFalse(Files.exists(dir.resolve("a.png")));
    }
}
