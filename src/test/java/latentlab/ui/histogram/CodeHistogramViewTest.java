package latentlab.ui.histogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import latentlab.latent.EmbeddingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CodeHistogramViewTest {
    private CodeHistogramView view;

    @Start
    void start(Stage stage) {
        view = new CodeHistogramView(new CodeHistogramViewModel());
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private static EmbeddingData codes(int n, double sdOfZ3) {
        Random r = new Random(3);
        float[] c = new float[3 * n];
        for (int i = 0; i < n; i++) {
            c[3 * i] = (float) r.nextGaussian();
            c[3 * i + 1] = (float) (2 + 0.5 * r.nextGaussian());
            c[3 * i + 2] = (float) (sdOfZ3 * r.nextGaussian());
        }
        return new EmbeddingData(c, 3, new int[n], List.of("digit"), null, 28);
    }

    @Test
    void aVaeShowsAHistogramAndThePriorPerDimensionAndNamesTheUnusedOne(FxRobot robot) {
        robot.interact(() -> view.onData(codes(4000, 0.02), "all", true));
        var cells = robot.lookup(".histogram-cell").queryAll();
        assertEquals(3, cells.size(), "one histogram per latent dimension");
        assertEquals(3, robot.lookup(".histogram-prior").queryAll().size(), "each with the prior drawn over it");
        List<String> captions = robot.lookup(".histogram-caption").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(captions.get(0).startsWith("z1") && !captions.get(0).endsWith("unused"), captions.toString());
        assertTrue(captions.get(2).startsWith("z3") && captions.get(2).endsWith("unused"), captions.toString());
        // z2 (sd 0.5) peaks at twice the prior's density: its tallest bar fills the plot, the prior below it.
        Path z2 = robot.from(cells.stream().toList().get(1)).lookup(".histogram-bars").queryAs(Path.class);
        double plotHeight = ((javafx.scene.layout.Region) z2.getParent()).getHeight();
        assertTrue(plotHeight >= 90, "a plot of " + plotHeight + " px");
        // The outline's stroke and corner joins reach about a pixel beyond the bars' edges.
        assertEquals(0, z2.getLayoutBounds().getMinY(), 1.5, "the tallest bar reaches the top of the plot");
        assertEquals(plotHeight, z2.getLayoutBounds().getMaxY(), 1.5, "and stands on its bottom");
        assertTrue(robot.lookup("#histogram-summary").queryAs(Label.class).getText().contains("2 of 3 dimensions in use"));
    }

    @Test
    void anAutoencoderHasNoPriorLine(FxRobot robot) {
        robot.interact(() -> view.onData(codes(500, 1), "all", false));
        assertEquals(3, robot.lookup(".histogram-cell").queryAll().size());
        assertEquals(0, robot.lookup(".histogram-prior").queryAll().size());
    }
}
