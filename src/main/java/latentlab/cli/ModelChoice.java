package latentlab.cli;

import java.util.List;
import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.train.RunPlanner;

/** The model a command was asked for (--model, --latent, --beta), fitted to the data's images. */
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

    /** The model asked for, with its presets, fitted to the images and classes of {@code data}. */
    static ModelSpec spec(String model, int latent, Double beta, Dataset data) throws BadInputException {
        return spec(model, latent, beta, null, data);
    }

    /**
     * The model asked for, with its presets but for the hidden layers (or conv channels) when
     * {@code hidden} is given, fitted to the images and classes of {@code data}.
     */
    static ModelSpec spec(String model, int latent, Double beta, List<Integer> hidden, Dataset data)
            throws BadInputException {
        ModelKind kind = kind(model);
        if (hidden != null && kind.isClosedForm()) {
            throw new BadInputException("--hidden sets the layers of a network; " + kind.cliName() + " has none");
        }
        if (beta != null && !kind.isVariational()) {
            throw new BadInputException("--beta weighs the KL term of variational models; " + kind.cliName()
                    + " has none");
        }
        try {
            ModelSpec s = ModelSpec.defaults(kind, latent);
            if (hidden != null) {
                s = s.withHidden(hidden);
            }
            return RunPlanner.fit(beta == null ? s : s.withBeta(beta), data);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (RunPlanner.Refused e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
