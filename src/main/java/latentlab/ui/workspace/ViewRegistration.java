package latentlab.ui.workspace;

import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of view every workspace shows, in a tab of its own: adding one to the list the shell
 * passes to its workspaces is all it takes to bring a new view into the window.
 *
 * @param title the tab's name, also its entry in the Go to menu
 * @param id the tab's node id (for tests and style sheets)
 * @param factory makes the view of one workspace
 * @param group the tab it shares with views of its kind (e.g. "Latent space"), or null for a tab of its own
 */
public record ViewRegistration(String title, String id, Function<ViewContext, WorkspaceView> factory, String group) {
    public ViewRegistration {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(factory, "factory");
    }

    /** A view with a tab of its own. */
    public ViewRegistration(String title, String id, Function<ViewContext, WorkspaceView> factory) {
        this(title, id, factory, null);
    }
}
