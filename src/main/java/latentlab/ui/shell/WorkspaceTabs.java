package latentlab.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import latentlab.ui.workspace.TrainedModel;
import latentlab.ui.workspace.ViewRegistration;
import latentlab.ui.workspace.Workspace;

/**
 * A tab per registered view, showing that view of every open workspace: one workspace fills the
 * tab; two share it side by side, each under its name and model, so the same view of both models
 * is compared at a glance and one shortcut switches both. Views of a group are tabs within the
 * group's tab.
 */
final class WorkspaceTabs {
    private final Map<ViewRegistration, Tab> tabs = new LinkedHashMap<>();
    private final Map<String, TabPane> groups = new LinkedHashMap<>();
    private final List<Workspace> open = new ArrayList<>();

    WorkspaceTabs(TabPane pane, List<ViewRegistration> registrations) {
        for (ViewRegistration r : registrations) {
            Tab t = new Tab(r.title());
            t.setId(r.id());
            t.setClosable(false);
            tabs.put(r, t);
            (r.group() == null ? pane : group(pane, r.group())).getTabs().add(t);
        }
        follow(pane);
    }

    /** The tab pane of {@code name}, made (in a tab of {@code pane}) when its first view comes. */
    private TabPane group(TabPane pane, String name) {
        return groups.computeIfAbsent(name, n -> {
            TabPane inner = new TabPane();
            inner.getStyleClass().addAll("view-group", "floating");
            Tab t = new Tab(n, inner);
            t.setId("tab-group-" + n.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            t.setClosable(false);
            pane.getTabs().add(t);
            follow(inner);
            return inner;
        });
    }

    /** The tab pane shows the new content after selection listeners have run, hence the deferral. */
    private void follow(TabPane pane) {
        pane.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(this::refresh));
    }

    /** Shows {@code w} beside the workspaces already open. */
    void add(Workspace w) {
        open.add(w);
        layout();
    }

    /** Takes {@code w}'s views out of the tabs. */
    void remove(Workspace w) {
        open.remove(w);
        layout();
    }

    private void layout() {
        tabs.forEach((r, tab) -> {
            tab.setContent(null);
            if (open.size() == 1) {
                tab.setContent(open.get(0).view(r).node());
            } else if (!open.isEmpty()) {
                SplitPane split = new SplitPane();
                split.getStyleClass().add("workspaces");
                open.forEach(w -> split.getItems().add(headed(w, w.view(r).node())));
                for (int k = 1; k < open.size(); k++) {
                    split.setDividerPosition(k - 1, (double) k / open.size());
                }
                tab.setContent(split);
            }
        });
        Platform.runLater(this::refresh);
    }

    /** A view under the name of its workspace and the model it shows. */
    private static Node headed(Workspace w, Node view) {
        Label header = new Label();
        header.getStyleClass().addAll("workspace-header", "title-4");
        header.setPadding(new javafx.geometry.Insets(4, 8, 0, 8));
        // A binding listens weakly: a header dropped by a new layout is not kept alive by the model.
        header.textProperty().bind(Bindings.createStringBinding(
                () -> describe(w.title(), w.model().modelProperty().get()), w.model().modelProperty()));
        // Each model gets its share of the tab; a view that needs more scrolls within it.
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane box = new BorderPane(scroll);
        box.setTop(header);
        box.setMinWidth(0);
        return box;
    }

    static String describe(String title, TrainedModel m) {
        return m == null ? title + ": no model yet"
                : title + ": " + m.spec().kind().displayName() + ", " + m.spec().latentDim() + "-d codes, epoch "
                        + m.epoch();
    }

    private void refresh() {
        open.forEach(Workspace::refresh);
    }
}
