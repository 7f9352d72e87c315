package latentlab.ui.traversal;

import java.util.Objects;
import javafx.scene.Parent;

/**
 * The traversal views' style sheet: colours taken from the theme's named colours, so the
 * sparkline and filmstrip follow the light and dark themes without code of their own.
 */
final class TraversalStyles {

    private static final String SHEET = Objects.requireNonNull(TraversalStyles.class.getResource(
            "/styles/traversal.css"), "styles/traversal.css is missing from the build").toExternalForm();

    private TraversalStyles() {
    }

    /** Gives {@code node} the sheet (once), wherever it is embedded. */
    static void apply(Parent node) {
        if (!node.getStylesheets().contains(SHEET)) {
            node.getStylesheets().add(SHEET);
        }
    }
}
