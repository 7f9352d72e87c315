package latentlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.TabPane;
import latentlab.train.ModelFactory;
import latentlab.ui.task.Workers;
import latentlab.ui.workspace.ViewRegistration;
import latentlab.ui.workspace.Workspace;

/**
 * The workspaces of the window: the first, which the settings panel and Train act on, and at most
 * one more beside it. Each gets the loaded data set, a view in every registered tab and hole maps
 * in its 2D embedding; two are linked ({@link WorkspaceLinks}) and play traversals side by side ({@link TraversalTab}).
 */
final class Workspaces implements AutoCloseable {
    static final int MAX_OPEN = 2;

    private final Workers workers;
    private final ModelFactory factory;
    private final List<ViewRegistration> registrations;
    private final MainViewModel main;
    private final List<Workspace> open = new ArrayList<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private WorkspaceTabs tabs;
    private WorkspaceLinks links;
    private final HoleMaps holeMaps;
    private final TraversalTab traversal;

    Workspaces(Workers workers, ModelFactory factory, List<ViewRegistration> registrations, MainViewModel main) {
        this.workers = workers;
        this.factory = factory;
        this.registrations = List.copyOf(registrations);
        this.main = main;
        this.holeMaps = new HoleMaps(workers, main::reportError);
        this.traversal = new TraversalTab(workers.background());
        main.dataProperty().addListener((o, old, d) -> open.forEach(w -> w.setData(d)));
        open("Model");
    }

    /**
     * Gives each registered view a tab in {@code pane}, after the tabs it has, and the Traversal
     * tab, which plays one traversal in every workspace, right after the latent space's views.
     */
    void showIn(TabPane pane) {
        tabs = new WorkspaceTabs(pane, registrations);
        open.forEach(tabs::add);
        int after = pane.getTabs().stream().filter(t -> t.getText().equals(ViewCatalog.LATENT_SPACE)).findFirst()
                .map(t -> pane.getTabs().indexOf(t) + 1).orElse(pane.getTabs().size());
        pane.getTabs().add(after, traversal.tab());
    }

    /** The window's pool for work that is neither inference nor a projection (writing files). */
    latentlab.ui.task.TaskExecutor background() {
        return workers.background();
    }

    /** The Traversal tab's model; for tests. */
    latentlab.ui.traversal.TraversalViewModel traversal() {
        return traversal.viewModel();
    }

    /** The workspace that Train, Open and Save act on. */
    Workspace first() {
        return open.get(0);
    }

    /** How many are open: 1, or 2 side by side. */
    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    List<Workspace> all() {
        return List.copyOf(open);
    }

    /**
     * A new, empty workspace beside the others, named {@code title}.
     *
     * @throws IllegalStateException when {@link #MAX_OPEN} are open
     */
    Workspace open(String title) {
        if (open.size() >= MAX_OPEN) {
            throw new IllegalStateException("the window shows at most " + MAX_OPEN + " models side by side");
        }
        Workspace w = new Workspace(title, workers, factory, registrations, main::reportError);
        open.add(w);
        count.set(open.size());
        w.setData(main.dataProperty().get());
        holeMaps.install(w);
        if (tabs != null) {
            tabs.add(w);
        }
        if (open.size() == 2) {
            links = new WorkspaceLinks(open.get(0), w);
        }
        traversal.follow(open);
        return w;
    }

    /** Closes {@code w}, which must not be the first; the others stay as they are. */
    void close(Workspace w) {
        if (w == first()) {
            throw new IllegalArgumentException("the first workspace stays open");
        }
        if (open.remove(w)) {
            links.close();
            links = null;
            count.set(open.size());
            tabs.remove(w);
            traversal.follow(open);
            w.close();
        }
    }

    @Override
    public void close() {
        traversal.close();
        open.forEach(Workspace::close);
        holeMaps.close();
    }
}
