package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.train.RunPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The property sheet shows the settings without changing them, and its edits reach the model. */
@ExtendWith(ApplicationExtension.class)
class ModelSettingsViewTest {
    private final ModelSettingsViewModel vm = new ModelSettingsViewModel();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ModelSettingsView(vm), 360, 700));
        stage.show();
    }

    @Test
    void showingTheSheetLeavesThePresetAsItIs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelSpec.defaults(ModelKind.VAE, 2), vm.spec());
        assertEquals(new TrainingSettings(RunPlanner.DEFAULT_EPOCHS, RunPlanner.DEFAULT_BATCH,
                RunPlanner.DEFAULT_LEARNING_RATE, RunPlanner.DEFAULT_SEED), vm.trainingSettings(),
                "the window starts from the same defaults as the command line");
    }

    @Test
    void everyKindShowsWithoutAlteringItsPreset(FxRobot robot) {
        for (ModelKind k : ModelKind.values()) {
            robot.interact(() -> vm.kindProperty().set(k));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(ModelSpec.defaults(k, 2), vm.spec(), k.toString());
            assertTrue(vm.problemsProperty().get().isEmpty(), k + ": " + vm.problemsProperty().get());
        }
    }

    /** The panel in a split pane as the window holds it, its divider as far left as it goes. */
    @Test
    void everyLabelAndValueReadsInFullAtThePanelsOwnWidth(FxRobot robot) throws Exception {
        ModelSettingsViewModel narrow = new ModelSettingsViewModel();
        // Controls are made on the FX thread: made here, beside the FX thread styling the first
        // stage, they raced it over JavaFX's shared style state.
        ModelSettingsView view = WaitForAsyncUtils.asyncFx(() -> new ModelSettingsView(narrow)).get();
        robot.interact(() -> {
            SplitPane split = new SplitPane(view, new Pane());
            split.setDividerPositions(0.05);
            SplitPane.setResizableWithParent(view, false);
            Stage stage = new Stage();
            stage.setScene(new Scene(split, 1000, 700));
            stage.show();
        });
        for (ModelKind k : ModelKind.values()) {
            robot.interact(() -> narrow.kindProperty().set(k));
            WaitForAsyncUtils.waitForFxEvents();
            ComboBox<?> kind = (ComboBox<?>) view.lookup("#model-kind");
            assertEquals(k, kind.getValue());
            assertTrue(kind.getWidth() >= kind.prefWidth(-1) - 0.5, k + " is cut short");
            for (Node pane : view.lookupAll(".titled-pane")) {
                robot.interact(() -> ((TitledPane) pane).setExpanded(true));
                WaitForAsyncUtils.waitForFxEvents();
                List<Region> shown = ((TitledPane) pane).getContent().lookupAll("*").stream()
                        .filter(n -> n instanceof Label || n instanceof ComboBox || n instanceof TextField)
                        .map(n -> (Region) n).toList();
                assertTrue(shown.size() >= 2, "a label and its value at least");
                for (Region r : shown) {
                    Node n = r;
                    assertTrue(r.getWidth() >= r.prefWidth(-1) - 0.5, k + ", " + ((TitledPane) pane).getText() + ": "
                            + n + " is " + r.getWidth() + " px wide but needs " + r.prefWidth(-1));
                }
            }
        }
    }
}
