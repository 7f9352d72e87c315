package latentlab.ui.shell;

import java.nio.file.Path;
import java.util.List;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.ui.compression.CompressionServices;
import latentlab.ui.task.Workers;
import latentlab.ui.training.CheckpointCommands;
import latentlab.ui.training.ModelSettingsViewModel;
import latentlab.ui.training.TrainingViewModel;
import latentlab.ui.workspace.Workspace;

/**
 * Builds the main window: its view models, the workspace of its model (and of a second one
 * beside it), and the view. The worker pools and the training service are its caller's.
 */
public final class MainWindow implements AutoCloseable {
    private final MainViewModel main;
    private final ModelSettingsViewModel settings = new ModelSettingsViewModel();
    private final TrainingViewModel training;
    private final Workspaces workspaces;
    private final MainView view;

    /**
     * @param workers the pools for background work, projections and each workspace's inference
     * @param runsDir where runs started from the window keep their per-epoch checkpoints
     * @param logDir where the application writes its log (Help > Open log folder)
     */
    public MainWindow(Workers workers, TrainingService service, ModelFactory factory, Path runsDir, Path logDir) {
        main = new MainViewModel(workers.background(), logDir);
        training = new TrainingViewModel(service, workers.background(), runsDir);
        workspaces = new Workspaces(workers, factory, ViewCatalog.standard(new CompressionServices(training,
                service.factory(), workers.background(), runsDir)), main);
        view = new MainView(main, settings, training, new CheckpointCommands(workers.background(), training),
                workspaces);
    }

    /** A window whose log folder is {@code logs} beside {@code runsDir}, as under {@code ~/.latentlab}. */
    public MainWindow(Workers workers, TrainingService service, ModelFactory factory, Path runsDir) {
        this(workers, service, factory, runsDir, runsDir.toAbsolutePath().resolveSibling("logs"));
    }

    /** Loads the default data set and starts the engine. */
    public void start() {
        main.start();
    }

    public MainView view() {
        return view;
    }

    public MainViewModel mainModel() {
        return main;
    }

    public ModelSettingsViewModel settings() {
        return settings;
    }

    public TrainingViewModel training() {
        return training;
    }

    /** The workspace that Train, Open and Save act on. */
    public Workspace workspace() {
        return workspaces.first();
    }

    /** The open workspaces, left to right. */
    public List<Workspace> workspaces() {
        return workspaces.all();
    }

    /** The Traversal tab's model: one traversal in every open workspace. */
    public latentlab.ui.traversal.TraversalViewModel traversal() {
        return workspaces.traversal();
    }

    /** Opens an empty workspace named {@code title} beside the first, with the loaded data. */
    public Workspace openBeside(String title) {
        return workspaces.open(title);
    }

    /** Closes a workspace opened beside the first; the first is left as it was. */
    public void close(Workspace w) {
        workspaces.close(w);
    }

    @Override
    public void close() {
        training.stop();
        workspaces.close();
    }
}
