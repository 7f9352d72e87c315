package latentlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.train.CheckpointFit;
import latentlab.train.ModelFactory;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.Checkpoints;

/**
 * The two checkpoints of {@code latentlab compare}, loaded and checked against each other: an
 * autoencoder without a prior and a variational one, trained on the same data with the same
 * latent size. Each refusal is one line naming the option and the folder.
 */
record ComparedCheckpoints(Checkpoint ae, Checkpoint vae) {

    static ComparedCheckpoints load(ModelFactory factory, Path aeDir, Path vaeDir) throws BadInputException {
        Checkpoint ae = load(factory, "--ae", aeDir);
        Checkpoint vae = load(factory, "--vae", vaeDir);
        ModelSpec a = ae.info().spec();
        ModelSpec v = vae.info().spec();
        if (a.kind().isVariational()) {
            throw new BadInputException("--ae " + aeDir + " holds a model of kind '" + a.kind().cliName()
                    + "', which has a prior; --ae takes one without (ae, conv-ae, dae, sparse-ae, cae or pca)");
        }
        if (!v.kind().isVariational() || v.kind().isConditional()) {
            throw new BadInputException("--vae " + vaeDir + " holds a model of kind '" + v.kind().cliName()
                    + "'; --vae takes a variational model that decodes a code alone (vae or conv-vae)");
        }
        if (!ae.info().datasetId().equals(vae.info().datasetId())) {
            throw new BadInputException("the two models learned different data (--ae: " + ae.info().datasetId()
                    + ", --vae: " + vae.info().datasetId() + "); compare models of one data set");
        }
        if (a.latentDim() != v.latentDim()) {
            throw new BadInputException("the two models have different latent sizes (--ae: " + a.latentDim()
                    + ", --vae: " + v.latentDim() + "); compare models of one latent size");
        }
        if (a.imageSide() != v.imageSide()) {
            throw new BadInputException("the two models take different images (--ae: " + a.imageSide() + "x"
                    + a.imageSide() + ", --vae: " + v.imageSide() + "x" + v.imageSide() + ")");
        }
        return new ComparedCheckpoints(ae, vae);
    }

    private static Checkpoint load(ModelFactory factory, String option, Path dir) throws BadInputException {
        try {
            Checkpoint c = Checkpoints.load(dir);
            CheckpointFit.check(factory, c, dir);
            return c;
        } catch (IOException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }

    /** What describes one model in the report. */
    static Map<String, Object> about(Checkpoint c, Path dir) {
        ModelSpec s = c.info().spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkpoint", dir.toString());
        m.put("kind", s.kind().cliName());
        m.put("hidden", s.hidden());
        m.put("latentDim", s.latentDim());
        if (s.has(Settings.RECONSTRUCTION)) {
            m.put("reconstructionLoss", s.get(Settings.RECONSTRUCTION).name());
        }
        if (s.kind() != ModelKind.PCA) {
            m.put("epochs", c.info().epoch());
            m.put("batchSize", c.info().batchSize());
            m.put("learningRate", c.info().learningRate());
        }
        m.put("seed", c.info().seed());
        return m;
    }
}
