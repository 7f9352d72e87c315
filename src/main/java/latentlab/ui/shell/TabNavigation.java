package latentlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The window's tabs as the Go to menu and the shortcuts see them: one list of views, where a
 * group's tab stands for the views within it, and selecting a view selects its group's tab too.
 */
final class TabNavigation {
    private TabNavigation() {
    }

    /** Every view's tab in order: the top-level tabs, with each group's tab replaced by its views' tabs. */
    static List<Tab> views(TabPane pane) {
        List<Tab> out = new ArrayList<>();
        for (Tab t : pane.getTabs()) {
            if (t.getContent() instanceof TabPane inner && inner.getStyleClass().contains("view-group")) {
                out.addAll(inner.getTabs());
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The view's tab whose id is {@code id}, at the top level or within a group. */
    static Optional<Tab> find(TabPane pane, String id) {
        return views(pane).stream().filter(t -> id.equals(t.getId())).findFirst();
    }

    /** The view's tab on show: the selected tab, or the selected view within a selected group. */
    static Tab shown(TabPane pane) {
        Tab t = pane.getSelectionModel().getSelectedItem();
        if (t != null && t.getContent() instanceof TabPane inner && inner.getStyleClass().contains("view-group")) {
            return inner.getSelectionModel().getSelectedItem();
        }
        return t;
    }

    /** Brings {@code view} to the front, and the group's tab that holds it. */
    static void select(TabPane pane, Tab view) {
        TabPane holder = view.getTabPane();
        if (holder != pane) {
            pane.getTabs().stream().filter(t -> t.getContent() == holder).findFirst()
                    .ifPresent(group -> pane.getSelectionModel().select(group));
        }
        holder.getSelectionModel().select(view);
    }
}
