package latentlab.ui.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import latentlab.data.DataSplit;
import latentlab.latent.Codec;
import latentlab.latent.metrics.Progress;
import latentlab.latent.metrics.ToyModels;
import latentlab.model.ModelKind;
import latentlab.latent.metrics.Scoreboard;
import latentlab.latent.metrics.ScoreboardResult;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ScoreboardViewTest {
    private final DataSplit data = ToyModels.data(80, 48);
    private final Codec codec = new ToyModels.BlendCodec(ModelKind.AE, 0);

    @Start
    void start(Stage stage) {
        ScoreboardViewModel vm = new ScoreboardViewModel(new SameThreadExecutor(), () -> codec, () -> data,
                split -> null, ScoreboardViewModelTest.SMALL);
        stage.setScene(new Scene(new ScoreboardView(vm, "AE"), 1100, 600));
        stage.show();
    }

    @Test
    void computingFillsTheTableWithTheFiguresAndEnablesTheExports(FxRobot robot) {
        assertTrue(robot.lookup("#scoreboard-csv").queryAs(Button.class).isDisabled(), "nothing to export yet");
        robot.clickOn("#scoreboard-compute");
        TableView<?> table = robot.lookup("#scoreboard-table").queryAs(TableView.class);
        ScoreboardResult expected = new Scoreboard(codec, null, data, ScoreboardViewModelTest.SMALL, Progress.NONE)
                .compute("AE");
        assertEquals(expected.scores().size(), table.getItems().size());
        ScoreboardViewModel.Row first = (ScoreboardViewModel.Row) table.getItems().get(0);
        assertEquals(expected.scores().get(0).formatted(), first.value());
        Object cell = table.getColumns().get(1).getCellData(0);
        assertEquals(expected.scores().get(0).formatted(), cell, "the Value column shows the figure");
        assertEquals("Recompute", robot.lookup("#scoreboard-compute").queryAs(Button.class).getText());
        assertFalse(robot.lookup("#scoreboard-csv").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> first.figure().equals(c.getText())), "the first figure is on screen");
    }
}
