package latentlab.ui.common;

import javafx.scene.Node;

/** Whether a node is on screen: in a scene, and it and every parent visible (a tab's content is hidden when not selected). */
public final class Showing {
    private Showing() {
    }

    public static boolean of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
