package latentlab.ui.shell;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** A data set in the chooser: unavailable ones are greyed out and explain how to install them. */
final class SourceCell extends ListCell<SourceItem> {
    @Override
    protected void updateItem(SourceItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            setDisable(false);
            return;
        }
        setText(item.toString());
        setDisable(!item.usable());
        setTooltip(new Tooltip(item.availability().detail()));
    }
}
