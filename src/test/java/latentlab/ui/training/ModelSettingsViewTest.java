package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
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
}
