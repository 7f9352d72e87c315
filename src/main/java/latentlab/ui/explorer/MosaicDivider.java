package latentlab.ui.explorer;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Places the manifold view's divider so that the square mosaic can be as tall as the view while
 * the scatter beside it keeps room for its plot and legend. It follows the window's size until
 * the user drags the divider; from then on the divider stays where they put it.
 */
final class MosaicDivider {

    /** Width the scatter needs for a readable plot and its axes, its legend under it. */
    static final double MIN_SCATTER = 330;
    private static final double MIN_SHARE = 0.4;
    private static final double MAX_SHARE = 0.75;

    private MosaicDivider() {
    }

    /**
     * Share of {@code width} for the mosaic's side: the height of its square plus {@code extra}
     * (labels beside it beyond those below), but no more than leaves the scatter its width.
     */
    static double share(double width, double height, double extra) {
        double wanted = height + extra;
        double most = width - MIN_SCATTER;
        return Math.max(MIN_SHARE, Math.min(MAX_SHARE, Math.min(wanted, most) / width));
    }

    /** Keeps {@code split}'s divider at {@link #share} of its size until the user moves it. */
    static void place(SplitPane split, double extra) {
        boolean[] userMoved = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    userMoved[0] = true;
                }
            }
        });
        Runnable follow = () -> {
            if (!userMoved[0] && split.getWidth() > 0 && split.getHeight() > 0) {
                split.setDividerPositions(share(split.getWidth(), split.getHeight(), extra));
            }
        };
        split.widthProperty().addListener((o, a, b) -> follow.run());
        split.heightProperty().addListener((o, a, b) -> follow.run());
    }
}
