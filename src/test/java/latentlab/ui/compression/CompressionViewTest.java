package latentlab.ui.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import latentlab.export.CompressionFiles;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.train.ModelFactory;
import latentlab.train.TinyAutoencoder;
import latentlab.train.TrainingService;
import latentlab.ui.task.SameThreadExecutor;
import latentlab.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CompressionViewTest {
    @TempDir
    Path tmp;

    private final TrainingService service = new TrainingService((ModelFactory) TinyAutoencoder::new);
    private CompressionView view;

    @Start
    void start(Stage stage) {
        SameThreadExecutor now = new SameThreadExecutor();
        TrainingViewModel training = new TrainingViewModel(service, now, Path.of("target", "test-runs"));
        view = new CompressionView(new CompressionViewModel(new CompressionServices(training, service.factory(), now,
                Path.of("target", "test-runs")), () -> null));
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void anOpenedSweepIsDrawnAsOneLinePerModelBesideItsTable(FxRobot robot) throws Exception {
        CompressionResult r = CompressionReadingTest.result();
        Path dir = Files.createDirectories(tmp.resolve("sweep"));
        CompressionFiles.write(r, dir);
        robot.interact(() -> view.viewModel().open(dir));

        List<XYChart.Series<Number, Number>> series = view.chart().getData();
        assertEquals(List.of("AE", "VAE", "PCA"), series.stream().map(XYChart.Series::getName).toList());
        for (XYChart.Series<Number, Number> s : series) {
            assertEquals(5, s.getData().size(), s.getName());
        }
        XYChart.Data<Number, Number> pca32 = series.get(2).getData().get(4);
        CompressionPoint p = r.points().get(14);
        assertEquals(5.0, pca32.getXValue().doubleValue(), 1e-12, "32 sits at log2 32 on the axis");
        assertEquals(p.bce(), pca32.getYValue().doubleValue(), 0.0);
        assertTrue(view.chart().getYAxis().getLabel().contains("BCE"), view.chart().getYAxis().getLabel());
        assertEquals(15, robot.lookup("#compression-table").queryAs(TableView.class).getItems().size());
        assertTrue(robot.lookup("#compression-reading").queryAs(Label.class).getText().startsWith("At code size 2 the AE"));
        assertTrue(robot.lookup("#compression-explanation").queryAs(Label.class).getText().contains("3 epochs"));

        robot.clickOn("#compression-mse");
        assertEquals(p.mse(), view.chart().getData().get(2).getData().get(4).getYValue().doubleValue(), 0.0);
        assertTrue(view.chart().getYAxis().getLabel().contains("MSE"), view.chart().getYAxis().getLabel());
    }

    @Test
    void runningWithoutADataSetSaysSo(FxRobot robot) {
        robot.clickOn("#compression-run");
        assertEquals("No data set: open one first", robot.lookup("#compression-status").queryAs(Label.class).getText());
    }
}
