package latentlab.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One setting of a model, declared once: its key in {@code model.json}, its command-line option,
 * the name and help a user reads, its type and range. The settings panel, the command line, the
 * checkpoint format and the model card are all made from these declarations; which kinds use a
 * setting, and with what default, is declared in {@link Settings}.
 *
 * @param <T> the value's type: {@code Integer}, {@code Double}, {@code Boolean}, an enum, or
 *     {@code List<Integer>}
 */
public final class Setting<T> {
    /** The shape of a value. */
    public enum Type { INT, DOUBLE, BOOLEAN, CHOICE, INT_LIST }

    /** Who sets the value. */
    public enum Source {
        /** The user, in the settings panel or with a command-line option. */
        USER,
        /** The data: fitted to the images and classes of the training set. */
        DATA,
        /** The kind's preset; saved and shown, but not offered for editing. */
        PRESET
    }

    /** Where the settings panel shows a setting. */
    public enum Group { ARCHITECTURE, OBJECTIVE }

    private final String key;
    private final String option;
    private final String name;
    private final String help;
    private final String unit;
    private final Type type;
    private final Class<?> choices;
    private final double min;
    private final double max;
    private final int maxCount;
    private final Source source;
    private final Group group;

    Setting(SettingBuilder<T> b) {
        this.key = b.key;
        this.option = b.option;
        this.name = b.name;
        this.help = Objects.requireNonNull(b.help, "help of " + b.key);
        this.unit = b.unit;
        this.type = b.type;
        this.choices = b.choices;
        this.min = b.min;
        this.max = b.max;
        this.maxCount = b.maxCount;
        this.source = b.source;
        this.group = b.group;
    }

    /** A whole number from {@code min} to {@code max}. */
    public static SettingBuilder<Integer> integer(String key, String name, int min, int max) {
        return new SettingBuilder<>(key, name, Type.INT, null, min, max, 1);
    }

    /** A real number from {@code min} to {@code max}. */
    public static SettingBuilder<Double> decimal(String key, String name, double min, double max) {
        return new SettingBuilder<>(key, name, Type.DOUBLE, null, min, max, 1);
    }

    /** On or off. */
    public static SettingBuilder<Boolean> flag(String key, String name) {
        return new SettingBuilder<>(key, name, Type.BOOLEAN, null, 0, 1, 1);
    }

    /** One of the constants of {@code type}. */
    public static <E extends Enum<E>> SettingBuilder<E> choice(String key, String name, Class<E> type) {
        return new SettingBuilder<>(key, name, Type.CHOICE, type, 0, 0, 1);
    }

    /** Up to {@code maxCount} whole numbers, each from {@code min} to {@code max}. */
    public static SettingBuilder<List<Integer>> intList(String key, String name, int maxCount, int min, int max) {
        return new SettingBuilder<>(key, name, Type.INT_LIST, null, min, max, maxCount);
    }

    /** The name in {@code model.json}. */
    public String key() {
        return key;
    }

    /** The command-line option, without its dashes: {@code beta} for {@code --beta}. */
    public String option() {
        return option;
    }

    /** What the settings panel and the model card call it. */
    public String name() {
        return name;
    }

    /** What it does, in a sentence. */
    public String help() {
        return help;
    }

    /** The unit of its values ("epochs"), or the empty string. */
    public String unit() {
        return unit;
    }

    public Type type() {
        return type;
    }

    public Source source() {
        return source;
    }

    public Group group() {
        return group;
    }

    /** Smallest value (of each element, for a list). */
    public double min() {
        return min;
    }

    /** Largest value (of each element, for a list). */
    public double max() {
        return max;
    }

    /** Most elements of a list. */
    public int maxCount() {
        return maxCount;
    }

    /** The enum of a {@link Type#CHOICE}, or null. */
    public Class<?> choiceType() {
        return choices;
    }

    /** The constants of a {@link Type#CHOICE}; empty for other types. */
    public List<Object> choices() {
        return choices == null ? List.of() : List.of(choices.getEnumConstants());
    }

    /** The values it accepts, in words: "from 0 to 1", "true or false", "bce or mse", "one of a, b, c". */
    public String rule() {
        return switch (type) {
            case INT, DOUBLE -> "from " + number(min) + " to " + number(max);
            case BOOLEAN -> "true or false";
            case CHOICE -> choices().size() == 2
                    ? choiceName(choices().get(0)) + " or " + choiceName(choices().get(1))
                    : "one of " + String.join(", ", choices().stream().map(Setting::choiceName).toList());
            case INT_LIST -> "at most " + maxCount + " whole numbers, each from " + number(min) + " to "
                    + number(max);
        };
    }

    /**
     * Why {@code value} is not a value of this setting, as the end of a sentence that starts with
     * its name ("must be from 0 to 1, got 2"); null when it is one.
     */
    public String problem(Object value) {
        String got = ", got " + (value instanceof Double d ? number(d) : String.valueOf(value));
        boolean fits = switch (type) {
            case INT -> value instanceof Integer i && i >= min && i <= max;
            case DOUBLE -> value instanceof Double d && d >= min && d <= max;
            case BOOLEAN -> value instanceof Boolean;
            case CHOICE -> choices.isInstance(value);
            case INT_LIST -> value instanceof List<?> l && l.size() <= maxCount && l.stream()
                    .allMatch(e -> e instanceof Integer i && i >= min && i <= max);
        };
        return fits ? null : "must be " + rule() + got;
    }

    /** {@code value} as this setting's type, or an exception whose message names the setting and its range. */
    public T check(Object value) {
        return check(value, name);
    }

    /** {@link #check(Object)}, naming the setting {@code label} (an option such as "--beta") in the message. */
    @SuppressWarnings("unchecked")
    public T check(Object value, String label) {
        String p = problem(value);
        if (p != null) {
            throw new IllegalArgumentException(label + " " + p);
        }
        return type == Type.INT_LIST ? (T) List.copyOf((List<?>) value) : (T) value;
    }

    /**
     * The value written as {@code text} (on the command line, or in the settings panel's text
     * field), checked; the exception's message names the setting {@code label} and what it takes.
     */
    public T parse(String text, String label) {
        String t = text == null ? "" : text.strip();
        Object v;
        try {
            v = switch (type) {
                case INT -> Integer.parseInt(t);
                case DOUBLE -> Double.parseDouble(t);
                case BOOLEAN -> parseBoolean(t);
                case CHOICE -> parseChoice(t);
                case INT_LIST -> t.isEmpty() ? List.of() : Arrays.stream(t.split("[,\\s]+"))
                        .filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
            };
        } catch (IllegalArgumentException e) {
            String what = switch (type) {
                case INT -> "a whole number";
                case DOUBLE -> "a number";
                case INT_LIST -> "whole numbers separated by commas, e.g. 128, 64, 12";
                default -> rule();
            };
            throw new IllegalArgumentException(label + " must be " + what + ", got '" + t + "'", e);
        }
        return check(v, label);
    }

    /** {@code value} as a user writes it: {@code 0.001}, {@code 128,64,12}, {@code bce}. */
    public String format(Object value) {
        return switch (type) {
            case DOUBLE -> number((Double) value);
            case CHOICE -> choiceName(value);
            case INT_LIST -> String.join(",", ((List<?>) value).stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
    }

    /** A constant of a choice as the command line writes it: {@code salt-and-pepper}. */
    public static String choiceName(Object constant) {
        return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Object parseChoice(String t) {
        for (Object c : choices()) {
            if (choiceName(c).equalsIgnoreCase(t) || ((Enum<?>) c).name().equalsIgnoreCase(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException(t);
    }

    private static Boolean parseBoolean(String t) {
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.valueOf(t);
        }
        throw new IllegalArgumentException(t);
    }

    /** 1024 as "1,024", 0.001 as "0.001", 1e-6 as "0.000001": short, exact and never in E notation. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return key;
    }
}
