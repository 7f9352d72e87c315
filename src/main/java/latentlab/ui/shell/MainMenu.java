package latentlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: every main action with its keyboard shortcut, so the shortcuts can be found by
 * looking. The view gives each item its action.
 */
final class MainMenu {
    final MenuItem openFolder = item("Open IDX folder...", "open-folder-item",
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    final MenuItem openCheckpoint = item("Open checkpoint...", "open-checkpoint",
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
    final MenuItem openBeside = item("Open checkpoint beside...", "open-beside",
            new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    final MenuItem saveCheckpoint = item("Save checkpoint as...", "save-checkpoint",
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
    final MenuItem exportView1x = item("At screen size (1x)...", "export-view-1x",
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    final MenuItem exportView2x = item("At twice the size (2x)...", "export-view-2x",
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    final MenuItem exportView4x = item("For print (4x)...", "export-view-4x", null);
    final Menu exportView = new Menu("Export view as PNG", null, exportView1x, exportView2x, exportView4x);
    final MenuItem quit = item("Quit", "quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));

    final MenuItem train = item("Train", "train-item", new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
    final MenuItem compare = item("Compare AE and VAE", "compare-item",
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    final MenuItem pause = item("Pause / Resume", "pause-item",
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
    final MenuItem stop = item("Stop", "stop-item", new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN));
    final MenuItem learningRate = item("Change learning rate...", "lr-item",
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
    final CheckMenuItem cpuOnly = new CheckMenuItem("Train on the CPU only");

    final CheckMenuItem dark = new CheckMenuItem("Dark theme");
    final Menu views = new Menu("Go to");
    final MenuItem closeBeside = item("Close the model beside", "close-beside", null);

    final MenuItem shortcuts = item("Keyboard shortcuts", "shortcuts", new KeyCodeCombination(KeyCode.F1));
    final MenuItem openLogFolder = item("Open log folder", "open-log-folder", null);
    final MenuItem about = item("About LatentLab", "about", null);

    final MenuBar bar;

    MainMenu() {
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setId("dark-theme");
        cpuOnly.setId("cpu-only");
        Menu file = new Menu("File", null, openFolder, new SeparatorMenuItem(), openCheckpoint, openBeside,
                saveCheckpoint, new SeparatorMenuItem(), exportView, new SeparatorMenuItem(), quit);
        Menu training = new Menu("Training", null, train, compare, pause, stop, new SeparatorMenuItem(), learningRate, cpuOnly);
        Menu view = new Menu("View", null, dark, views, new SeparatorMenuItem(), closeBeside);
        Menu help = new Menu("Help", null, shortcuts, openLogFolder, new SeparatorMenuItem(), about);
        bar = new MenuBar(file, training, view, help);
        bar.setId("main-menu");
    }

    /** A "Go to" item for tab {@code index} (Ctrl+1 ... Ctrl+9). */
    MenuItem goTo(String name, int index) {
        MenuItem m = new MenuItem(name);
        if (index < 9) {
            m.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(index + 1)),
                    KeyCombination.SHORTCUT_DOWN));
        }
        views.getItems().add(m);
        return m;
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(accelerator);
        }
        return m;
    }

    /** A keyboard shortcut and what it does. */
    record Shortcut(String keys, String action) {
    }

    /** Every shortcut in menu order, for the help dialog. */
    List<Shortcut> shortcutList() {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem m : menu.getItems()) {
                describe(out, m);
                if (m instanceof Menu sub) {
                    sub.getItems().forEach(s -> describe(out, s));
                }
            }
        }
        return out;
    }

    private static void describe(List<Shortcut> out, MenuItem m) {
        if (m.getAccelerator() != null) {
            out.add(new Shortcut(m.getAccelerator().getDisplayText(), m.getText()));
        }
    }
}
