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

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The application's theme: its table rows take the height their cells need.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        ScoreboardViewModel vm = new ScoreboardViewModel(new SameThreadExecutor(), () -> codec, () -> data,
                split -> null, ScoreboardViewModelTest.SMALL);
        stage.setScene(new Scene(new ScoreboardView(vm, "AE"), 1100, 600));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void backToDefault(FxRobot robot) {
        robot.interact(() -> {
            stage.getScene().setRoot(new javafx.scene.layout.Region());
            javafx.application.Application.setUserAgentStylesheet(null);
        });
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
        assertTrue(robot.lookup(".scoreboard-figure").queryAllAs(javafx.scene.text.Text.class).stream()
                .anyMatch(t -> first.figure().equals(t.getText())), "the first figure is on screen");

    }

    /** Narrow, as with two models side by side: every figure's name still reads in full. */
    @Test
    void narrowEveryFiguresNameReadsInFull(FxRobot robot) throws Exception {
        ScoreboardViewModel vm = new ScoreboardViewModel(new SameThreadExecutor(), () -> codec, () -> data,
                split -> null, ScoreboardViewModelTest.SMALL);
        // A stage of its own: the framework's stage is shared with the tests that follow.
        ScoreboardView narrow = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new ScoreboardView(vm, "AE")).get();
        Stage own = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            Scene scene = new Scene(narrow, 500, 600);
            s.setScene(scene);
            s.show();
            return s;
        }).get();
        try {
            robot.interact(() -> vm.compute("AE"));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = (TableView<?>) narrow.lookup("#scoreboard-table");
            var figures = narrow.lookupAll(".scoreboard-figure").stream().map(n -> (javafx.scene.text.Text) n)
                    .filter(t -> t.getText() != null && t.isVisible()).toList();
            assertEquals(table.getItems().size(), figures.size(), "a figure per row on screen");
            for (javafx.scene.text.Text t : figures) {
                TableCell<?, ?> holder = (TableCell<?, ?>) t.getParent();
                assertTrue(t.getLayoutBounds().getWidth() <= holder.getWidth(), t.getText() + " is wider than its column");
                assertTrue(t.getLayoutBounds().getHeight() <= holder.getHeight() + 0.5, t.getText() + " is "
                        + t.getLayoutBounds().getHeight() + " px high, its row " + holder.getHeight());
            }
        } finally {
            robot.interact(own::close);
        }
    }
}
