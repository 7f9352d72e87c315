package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogTest {

    private GridPane table;
    private int rows;

    @Start
    void start(Stage stage) {
        var shortcuts = new MainMenu().shortcutList();
        rows = shortcuts.size();
        table = ShortcutsDialog.table(shortcuts);
        // A narrow window: the table keeps its columns whole rather than wrap into each other.
        stage.setScene(new Scene(new StackPane(table), 260, 500));
        stage.show();
    }

    @Test
    void everyActionStandsBesideItsKeysOnOneLine() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rows >= 10, "the menus' shortcuts are listed: " + rows);
        double keysRight = 0;
        for (var n : table.getChildren()) {
            if (GridPane.getColumnIndex(n) == 0) {
                keysRight = Math.max(keysRight, n.getBoundsInParent().getMaxX());
            }
        }
        for (var n : table.getChildren()) {
            Label l = (Label) n;
            assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, "not cut short: " + l.getText());
            assertTrue(l.getHeight() < 2 * l.getFont().getSize(), "one line: " + l.getText());
            if (GridPane.getColumnIndex(n) == 1) {
                assertTrue(l.getBoundsInParent().getMinX() > keysRight, "right of every key: " + l.getText());
            }
        }
        var train = table.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(train.contains("Train") && train.contains("F1"), train.toString());
    }
}
