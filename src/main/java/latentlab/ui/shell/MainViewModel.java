package latentlab.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.data.IdxFolderSource;
import latentlab.model.engine.EngineInfo;
import latentlab.model.engine.Engines;
import latentlab.ui.common.Folders;
import latentlab.ui.data.SampleGridViewModel;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;

/**
 * State of the main window: the data sources, the loaded data, the device, and the status line.
 * Knows no view; all slow work goes through the {@link TaskExecutor}.
 */
public final class MainViewModel {
    private final TaskExecutor executor;
    private final Path logFolder;
    private final ObservableList<SourceItem> sources = FXCollections.observableArrayList();
    private final ObjectProperty<SourceItem> selectedSource = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DataSplit> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting");
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper("Engine starting");
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EngineInfo> engine = new ReadOnlyObjectWrapper<>();
    private final SampleGridViewModel samples = new SampleGridViewModel(14);
    /** The source whose data is shown, to fall back to when another fails to load. */
    private SourceItem loaded;

    /** @param logFolder where the application writes its log, for Help > Open log folder */
    public MainViewModel(TaskExecutor executor, Path logFolder) {
        this.executor = Objects.requireNonNull(executor);
        this.logFolder = Objects.requireNonNull(logFolder);
        DataSources.named().forEach(s -> sources.add(SourceItem.of(s)));
        selectedSource.addListener((obs, old, item) -> {
            if (item != null && item != loaded) {
                load(item);
            }
        });
        data.addListener((obs, old, split) -> samples.show(split));
    }

    /** Loads the default data set and starts the engine, both in the background. */
    public void start() {
        selectedSource.set(sources.get(0));
        BackgroundTask.wrap(Engines::info).onSuccess(info -> {
            engine.set(info);
            device.set(info.shortDevice());
        }).onFailure(e -> {
            device.set("Engine unavailable");
            error.set("The compute engine could not start: " + e.getMessage());
        }).executeWith(executor);
    }

    /** Shows the log folder in the system's file manager, or says where it is when that cannot be done. */
    public void openLogFolder() {
        BackgroundTask.wrap(() -> {
            Folders.open(logFolder);
            return logFolder;
        }).onSuccess(folder -> status.set("Opened the log folder " + folder)).onFailure(e -> error.set(
                "The log folder could not be opened (" + e.getMessage() + "). The log is in " + logFolder))
                .executeWith(executor);
    }

    /** Whether training is forced onto the CPU. */
    public boolean isCpuForced() {
        return Engines.isCpuForced();
    }

    /** The user's choice of device for the runs started from now on; the status bar follows. */
    public void setForceCpu(boolean cpuOnly) {
        BackgroundTask.wrap(() -> {
            Engines.setForceCpu(cpuOnly);
            return Engines.info();
        }).onSuccess(info -> {
            engine.set(info);
            device.set(info.shortDevice());
        }).onFailure(e -> error.set("The device could not be changed: " + e)).executeWith(executor);
    }

    /** Adds a folder of IDX files to the chooser and selects it. */
    public void addFolder(Path folder) {
        SourceItem item = SourceItem.of(IdxFolderSource.of(folder));
        sources.removeIf(s -> s.source().id().equals(item.source().id()));
        sources.add(item);
        selectedSource.set(item);
    }

    private void load(SourceItem item) {
        if (!item.usable()) {
            error.set(item.source().displayName() + " is unavailable: " + item.availability().detail());
            selectedSource.set(loaded);
            return;
        }
        loading.set(true);
        status.set("Loading " + item.source().displayName() + "...");
        BackgroundTask.wrap(item.source()::load).onSuccess(split -> {
            loading.set(false);
            loaded = item;
            data.set(split);
            status.set(item.source().displayName() + " loaded");
        }).onFailure(e -> {
            loading.set(false);
            error.set(e.getMessage() != null ? e.getMessage() : "Could not load " + item.source().displayName() + ": " + e);
            status.set("Could not load " + item.source().displayName());
            selectedSource.set(loaded);
        }).executeWith(executor);
    }

    /** Shows {@code message} in the status line. */
    public void reportStatus(String message) {
        status.set(message);
    }

    /** Shows {@code message} to the user as an error. */
    public void reportError(String message) {
        error.set(message);
    }

    /** Marks the current error as seen. */
    public void clearError() {
        error.set(null);
    }

    public ObservableList<SourceItem> sources() {
        return sources;
    }

    public ObjectProperty<SourceItem> selectedSourceProperty() {
        return selectedSource;
    }

    public ReadOnlyObjectProperty<DataSplit> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deviceProperty() {
        return device.getReadOnlyProperty();
    }

    /** The latest error for the user, or null. */
    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EngineInfo> engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public SampleGridViewModel samples() {
        return samples;
    }
}
