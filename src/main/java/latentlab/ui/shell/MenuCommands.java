package latentlab.ui.shell;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.Tab;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import latentlab.ui.training.CheckpointCommands;
import latentlab.ui.training.ModelSettingsViewModel;
import latentlab.ui.training.TrainingViewModel;

/**
 * The File, View and Help menus: data folders, checkpoints (into the first model, or a second one
 * beside it), the theme, the log folder and the About box.
 */
final class MenuCommands {
    private final MainView view;
    private final MainViewModel model;
    private final CheckpointCommands checkpoints;
    private final Workspaces workspaces;
    private final ModelSettingsViewModel settings;

    MenuCommands(MainView view, MainMenu menu, MainViewModel model, TrainingViewModel training,
            CheckpointCommands checkpoints, Workspaces workspaces, ModelSettingsViewModel settings) {
        this.view = view;
        this.model = model;
        this.checkpoints = checkpoints;
        this.workspaces = workspaces;
        this.settings = settings;
        BooleanBinding busy = training.stateProperty().isNotEqualTo(TrainingViewModel.State.IDLE);
        menu.openCheckpoint.disableProperty().bind(busy);
        menu.openFolder.disableProperty().bind(busy);
        menu.openBeside.disableProperty().bind(Bindings.or(busy,
                workspaces.countProperty().greaterThanOrEqualTo(Workspaces.MAX_OPEN)));
        menu.closeBeside.disableProperty().bind(Bindings.or(busy, workspaces.countProperty().lessThan(2)));

        menu.openFolder.setOnAction(e -> chooseFolder());
        menu.openCheckpoint.setOnAction(e -> open(false));
        menu.openBeside.setOnAction(e -> open(true));
        menu.saveCheckpoint.setOnAction(e -> save());
        menu.closeBeside.setOnAction(e -> workspaces.close(workspaces.all().get(workspaces.all().size() - 1)));
        menu.exportView1x.setOnAction(e -> exportView(1));
        menu.exportView2x.setOnAction(e -> exportView(2));
        menu.exportView4x.setOnAction(e -> exportView(4));
        menu.quit.setOnAction(e -> Platform.exit());
        menu.cpuOnly.setSelected(model.isCpuForced());
        menu.cpuOnly.setOnAction(e -> model.setForceCpu(menu.cpuOnly.isSelected()));
        menu.dark.setSelected(Theme.saved() == Theme.DARK);
        menu.dark.setOnAction(e -> {
            Theme t = menu.dark.isSelected() ? Theme.DARK : Theme.LIGHT;
            t.apply();
            t.save();
        });
        menu.shortcuts.setOnAction(e -> ShortcutsDialog.show(window(), menu.shortcutList()));
        menu.openLogFolder.setOnAction(e -> model.openLogFolder());
        menu.about.setOnAction(e -> about());
    }

    private Window window() {
        return view.getScene().getWindow();
    }

    private File chooseDirectory(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        return dc.showDialog(window());
    }

    private void chooseFolder() {
        File dir = chooseDirectory("Folder of IDX image and label files");
        if (dir != null) {
            model.addFolder(dir.toPath());
        }
    }

    /** Opens a checkpoint into the first model (its settings show on the left) or into a new one beside it. */
    private void open(boolean beside) {
        File dir = chooseDirectory(beside ? "Checkpoint to show beside the model (holds model.json)"
                : "Checkpoint folder (holds model.json)");
        if (dir == null) {
            return;
        }
        if (beside) {
            checkpoints.open(dir.toPath(), () -> workspaces.open(dir.getName()).model(), spec -> { });
        } else {
            checkpoints.open(dir.toPath(), () -> workspaces.first().model(), settings::show);
        }
    }

    private void save() {
        if (!CheckpointCommands.canSave(workspaces.first().model())) {
            view.notify("There is no checkpoint to save yet: train for at least one epoch, or open one.");
            return;
        }
        File dir = chooseDirectory("Save the checkpoint into a new folder");
        if (dir != null) {
            Path target = dir.toPath().resolve("latentlab-checkpoint");
            checkpoints.save(workspaces.first().model(), target);
        }
    }

    /** Saves the tab on show (both models when two are open) as a PNG drawn at {@code scale}. */
    private void exportView(double scale) {
        Tab tab = TabNavigation.shown(view.tabs());
        FileChooser files = new FileChooser();
        files.setTitle("Export the " + tab.getText() + " view as a PNG");
        files.setInitialFileName(tab.getText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".png");
        files.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = files.showSaveDialog(window());
        if (file != null) {
            ViewExport.write(tab, scale, file.toPath(), workspaces.background(), view::notify);
        }
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "LatentLab explores the latent spaces of autoencoders.\n"
                + view.device());
        a.setTitle("About LatentLab");
        a.setHeaderText("About LatentLab");
        a.initOwner(window());
        a.getDialogPane().setStyle("-fx-font-family: monospace;");
        a.show();
    }
}
