package latentlab.ui.shell;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The keyboard shortcuts (F1) as a table: keys in one column, what they do in the other. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static void show(Window owner, List<MainMenu.Shortcut> shortcuts) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(table(shortcuts));
        a.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        a.initOwner(owner);
        a.show();
    }

    /** One row per shortcut; neither column wraps, so an action never runs into the keys. */
    static GridPane table(List<MainMenu.Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-table");
        grid.setHgap(18);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(keys, actions);
        for (int r = 0; r < shortcuts.size(); r++) {
            Label key = new Label(shortcuts.get(r).keys());
            key.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            grid.addRow(r, key, new Label(shortcuts.get(r).action()));
        }
        return grid;
    }
}
