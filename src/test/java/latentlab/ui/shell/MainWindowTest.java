package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the main window headless and checks what a user sees first. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private WindowFixture fixture;
    private MainWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, 1200, 800);
        window = fixture.window;
        model = window.mainModel();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsRealDigitsOfEveryClassWithTheirLabels(FxRobot robot) throws Exception {
        fixture.awaitReady();
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> tiles = robot.lookup(".sample-tile").queryAll();
        assertEquals(10 * 14, tiles.size(), "14 samples for each of the 10 digits");
        Set<Label> classLabels = robot.lookup(".class-label").queryAllAs(Label.class);
        assertEquals(Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                classLabels.stream().map(Label::getText).collect(java.util.stream.Collectors.toSet()));
        Label summary = robot.lookup(".sample-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("9,000 training and 1,000 validation images of 28x28"), summary.getText());
    }

    @Test
    void theStatusBarNamesTheDevice(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#device-label").queryAs(Label.class).getText().contains("PyTorch"));
        String device = robot.lookup("#device-label").queryAs(Label.class).getText();
        assertTrue(device.startsWith("CPU") || device.startsWith("GPU"), device);
        StatusBar bar = robot.lookup("#status-bar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar.getText().endsWith("loaded"));
    }

    @Test
    void theChooserOffersTheBundledDigitsFirst(FxRobot robot) throws Exception {
        fixture.awaitReady();
        @SuppressWarnings("unchecked")
        ComboBox<SourceItem> chooser = robot.lookup("#dataset-chooser").queryAs(ComboBox.class);
        assertEquals("mnist", chooser.getValue().source().id());
        assertTrue(chooser.getItems().stream().anyMatch(i -> i.source().id().equals("fashion-mnist")));
        assertFalse(model.loadingProperty().get());
        assertEquals(java.util.List.of(), window.settings().problemsProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#train").queryButton().isDisabled(), "Train is enabled once data is loaded");
    }
}
