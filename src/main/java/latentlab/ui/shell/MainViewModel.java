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
import latentlab.ui.common.BackgroundExecutor;
import latentlab.ui.common.Folders;
import latentlab.ui.data.SampleGridViewModel;

/**
 * State of the main window: the data sources, the loaded data, the device, and the status line.
 * Knows no view; all slow work goes through the {@link BackgroundExecutor}.
 */
public final class MainViewModel {
    private final BackgroundExecutor executor;
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
    public MainViewModel(BackgroundExecutor executor, Path logFolder) {
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
        executor.submit(Engines::info, info -> {
            engine.set(info);
            device.set(info.shortDevice());
        }, e -> {
            device.set("Engine unavailable");
            error.set("The compute engine could not start: " + e.getMessage());
        });
    }

    /** Shows the log folder in the system's file manager, or says where it is when that cannot be done. */
    public void openLogFolder() {
        executor.submit(() -> {
            Folders.open(logFolder);
            return logFolder;
        }, folder -> status.set("Opened the log folder " + folder), e -> error.set(
                "The log folder could not be opened (" + e.getMessage() + "). The log is in " + logFolder));
    }

    /** Whether training is forced onto the CPU. */
    public boolean isCpuForced() {
        return Engines.isCpuForced();
    }

    /** The user's choice of device for the runs started from now on; the status bar follows. */
    public void setForceCpu(boolean cpuOnly) {
        executor.submit(() -> {
            Engines.setForceCpu(cpuOnly);
            return Engines.info();
        }, info -> {
            engine.set(info);
            device.set(info.shortDevice());
        }, e -> error.set("The device could not be changed: " + e));
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
        executor.submit(item.source()::load, split -> {
            loading.set(false);
            loaded = item;
            data.set(split);
            status.set(item.source().displayName() + " loaded");
        }, e -> {
            loading.set(false);
            error.set(e.getMessage() != null ? e.getMessage() : "Could not load " + item.source().displayName() + ": " + e);
            status.set("Could not load " + item.source().displayName());
            selectedSource.set(loaded);
        });
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
