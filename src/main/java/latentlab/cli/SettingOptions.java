package latentlab.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.model.ModelKind;
import latentlab.model.Setting;
import latentlab.model.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One option per model setting a user may choose ({@code --beta}, {@code --hidden}, ...), made
 * from the declarations in {@link Settings}; values are kept as text and checked by
 * {@link ModelChoice} against the kind that was asked for.
 */
final class SettingOptions implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec command) {
        for (Setting<?> s : Settings.all()) {
            if (s.source() != Setting.Source.USER) {
                continue;
            }
            OptionSpec.Builder o = OptionSpec.builder("--" + s.option()).type(String.class)
                    .paramLabel(label(s)).description(description(s));
            if (s.type() == Setting.Type.BOOLEAN) {
                o.arity("0..1").fallbackValue("true");
            }
            command.addOption(o.build());
        }
        return command;
    }

    /** The settings given on the command line, as typed. */
    static Map<Setting<?>, String> given(CommandSpec command) {
        CommandLine.ParseResult parsed = command.commandLine().getParseResult();
        Map<Setting<?>, String> out = new LinkedHashMap<>();
        for (Setting<?> s : Settings.all()) {
            if (s.source() == Setting.Source.USER && parsed.hasMatchedOption("--" + s.option())) {
                out.put(s, parsed.matchedOptionValue("--" + s.option(), ""));
            }
        }
        return out;
    }

    private static String label(Setting<?> s) {
        return switch (s.type()) {
            case INT -> "N";
            case DOUBLE -> "X";
            case BOOLEAN -> "true|false";
            case CHOICE -> String.join("|", s.choices().stream().map(Setting::choiceName).toList());
            case INT_LIST -> "N,N...";
        };
    }

    private static String description(Setting<?> s) {
        List<ModelKind> kinds = Settings.kindsOf(s);
        List<Object> defaults = kinds.stream().map(k -> k.settings().get(s)).distinct().toList();
        String unit = s.unit().isEmpty() ? "" : " " + s.unit();
        String byDefault = defaults.size() == 1 ? s.format(defaults.get(0)) + unit : "the kind's preset";
        List<String> others = Arrays.stream(ModelKind.values()).filter(k -> !kinds.contains(k))
                .map(ModelKind::cliName).toList();
        String which = others.isEmpty() ? "every model"
                : others.size() == 1 ? "every model but " + others.get(0)
                : String.join(", ", kinds.stream().map(ModelKind::cliName).toList());
        return s.help() + " (" + which + "; default " + byDefault + ")";
    }
}
