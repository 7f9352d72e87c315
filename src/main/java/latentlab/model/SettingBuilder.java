package latentlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Declares a {@link Setting}: the factories of {@code Setting} take what every setting needs, this
 * adds the rest; {@link #help} is required.
 */
public final class SettingBuilder<T> {
    final String key;
    final String name;
    final Setting.Type type;
    final Class<?> choices;
    final double min;
    final double max;
    final int maxCount;
    String option;
    String help;
    String unit = "";
    Setting.Source source = Setting.Source.USER;
    Setting.Group group = Setting.Group.OBJECTIVE;

    SettingBuilder(String key, String name, Setting.Type type, Class<?> choices, double min, double max, int maxCount) {
        this.key = key;
        this.name = name;
        this.type = type;
        this.choices = choices;
        this.min = min;
        this.max = max;
        this.maxCount = maxCount;
        this.option = kebab(key);
    }

    /** The command-line option (default: the key in kebab case). */
    public SettingBuilder<T> option(String o) {
        this.option = o;
        return this;
    }

    public SettingBuilder<T> help(String h) {
        this.help = h;
        return this;
    }

    public SettingBuilder<T> unit(String u) {
        this.unit = u;
        return this;
    }

    /** Shown under Architecture rather than Objective. */
    public SettingBuilder<T> architecture() {
        this.group = Setting.Group.ARCHITECTURE;
        return this;
    }

    public SettingBuilder<T> source(Setting.Source s) {
        this.source = s;
        return this;
    }

    public Setting<T> build() {
        return new Setting<>(this);
    }

    static String kebab(String camel) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < camel.length(); i++) {
            if (Character.isUpperCase(camel.charAt(i))) {
                parts.add(camel.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        parts.add(camel.substring(start).toLowerCase(Locale.ROOT));
        return String.join("-", parts);
    }
}
