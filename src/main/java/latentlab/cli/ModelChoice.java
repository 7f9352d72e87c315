package latentlab.cli;

import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;

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

    static ModelSpec spec(String model, int latent, Double beta, Dataset data) throws BadInputException {
        try {
            ModelKind kind = ModelKind.fromCliName(model);
            if (beta != null && !kind.isVariational()) {
                throw new BadInputException("--beta weighs the KL term of variational models; " + kind.cliName()
                        + " has none");
            }
            if (data.rows() != data.cols()) {
                throw new BadInputException("the models take square images; " + data.id() + " has "
                        + data.rows() + "x" + data.cols());
            }
            ModelSpec d = ModelSpec.defaults(kind, latent);
            ModelSpec s = new ModelSpec(kind, latent, d.hidden(), data.rows(), Math.max(2, data.numClasses()),
                    d.output(), d.reconstruction(), d.beta(), d.klWarmupEpochs(), d.sparsityWeight(),
                    d.contractionWeight(), d.weightDecay(), d.tiedWeights(), d.corruption());
            return beta == null ? s : s.withBeta(beta);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
