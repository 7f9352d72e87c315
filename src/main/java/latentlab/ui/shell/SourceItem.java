package latentlab.ui.shell;

import latentlab.data.Availability;
import latentlab.data.DataSource;

/**
 * A data source as the chooser lists it.
 *
 * @param source the source
 * @param availability whether it can be loaded, checked when the list was made
 */
public record SourceItem(DataSource source, Availability availability) {
    public static SourceItem of(DataSource s) {
        return new SourceItem(s, s.availability());
    }

    public boolean usable() {
        return availability.usable();
    }

    @Override
    public String toString() {
        return source.displayName() + (usable() ? "" : " - not installed");
    }
}
