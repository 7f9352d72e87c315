package latentlab.ui.shell;

import java.nio.file.Path;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.ui.common.BackgroundExecutor;
import latentlab.ui.training.LossChartView;
import latentlab.ui.training.LossChartViewModel;
import latentlab.ui.training.ModelSettingsViewModel;
import latentlab.ui.training.ReconstructionPanel;
import latentlab.ui.training.TrainingViewModel;

/** Builds the main window and connects its view models, views and the training service. */
public final class MainWindow implements AutoCloseable {
    private final MainViewModel main;
    private final ModelSettingsViewModel settings = new ModelSettingsViewModel();
    private final TrainingViewModel training;
    private final ExplorerViews explorers = new ExplorerViews();
    private final MainView view;

    /**
     * @param runsDir where runs started from the window keep their per-epoch checkpoints
     * @param logDir where the application writes its log (Help > Open log folder)
     */
    public MainWindow(BackgroundExecutor executor, TrainingService service, ModelFactory factory, Path runsDir,
            Path logDir) {
        main = new MainViewModel(executor, logDir);
        training = new TrainingViewModel(service, executor, runsDir);
        LossChartViewModel chart = new LossChartViewModel();
        ReconstructionPanel reconstructions = new ReconstructionPanel(2);
        view = new MainView(main, settings, training, explorers, new LossChartView(chart), reconstructions);
        new TrainingWiring(training, main, chart, reconstructions, explorers, factory).connect();
    }

    /** A window whose log folder is {@code logs} beside {@code runsDir}, as under {@code ~/.latentlab}. */
    public MainWindow(BackgroundExecutor executor, TrainingService service, ModelFactory factory, Path runsDir) {
        this(executor, service, factory, runsDir, runsDir.toAbsolutePath().resolveSibling("logs"));
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

    public ExplorerViews explorers() {
        return explorers;
    }

    @Override
    public void close() {
        training.stop();
        explorers.close();
    }
}
