package latentlab.cli;

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
        ModelKind kind = kind(model);
        if (beta != null && !kind.isVariational()) {
            throw new BadInputException("--beta weighs the KL term of variational models; " + kind.cliName()
                    + " has none");
        }
        try {
            ModelSpec s = ModelSpec.defaults(kind, latent);
            return RunPlanner.fit(beta == null ? s : s.withBeta(beta), data);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (RunPlanner.Refused e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
