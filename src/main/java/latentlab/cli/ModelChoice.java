package latentlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Setting;
import latentlab.model.Settings;
import latentlab.train.RunPlanner;

/** The model a command was asked for (--model and the setting options), fitted to the data's images. */
final class ModelChoice {
    private ModelChoice() {
    }

    /** The kind named by --model, or one line listing the kinds there are. */
    static ModelKind kind(String model) throws BadInputException {
        try {
            return ModelKind.fromCliName(model);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The model asked for with latent size {@code latent} and, when not null, {@code beta}. */
    static ModelSpec spec(String model, int latent, Double beta, Dataset data) throws BadInputException {
        Map<Setting<?>, String> given = new LinkedHashMap<>();
        given.put(Settings.LATENT, Integer.toString(latent));
        if (beta != null) {
            given.put(Settings.BETA, beta.toString());
        }
        return spec(model, given, data);
    }

    /**
     * The model asked for: the kind's preset with the settings {@code given} as typed, fitted to
     * the images and classes of {@code data}. An option that is not a setting of the kind is
     * refused, naming the kinds it belongs to.
     */
    static ModelSpec spec(String model, Map<Setting<?>, String> given, Dataset data) throws BadInputException {
        ModelKind kind = kind(model);
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        try {
            for (Map.Entry<Setting<?>, String> e : given.entrySet()) {
                Setting<?> s = e.getKey();
                if (!kind.settings().containsKey(s)) {
                    throw new BadInputException("--" + s.option() + " is not a setting of " + kind.cliName()
                            + "; it applies to " + String.join(", ", Settings.kindsOf(s).stream()
                                    .map(ModelKind::cliName).toList()));
                }
                values.put(s, s.parse(e.getValue(), "--" + s.option()));
            }
            return RunPlanner.fit(new ModelSpec(kind, values), data);
        } catch (IllegalArgumentException | RunPlanner.Refused e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
