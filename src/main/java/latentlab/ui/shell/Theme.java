package latentlab.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;

/** The light and dark looks of the window, remembered between sessions. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private static final String PREF_KEY = "theme";
    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** Makes this the look of every window. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
    }

    /** The theme chosen last time, light at first. */
    public static Theme saved() {
        try {
            return valueOf(prefs().get(PREF_KEY, LIGHT.name()));
        } catch (IllegalArgumentException | SecurityException e) {
            return LIGHT;
        }
    }

    public void save() {
        try {
            prefs().put(PREF_KEY, name());
        } catch (SecurityException e) {
            // Preferences are a convenience; the theme still applies for this session.
        }
    }

    private static Preferences prefs() {
        return Preferences.userRoot().node("io/github/latentlab");
    }
}
