package latentlab.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;

/**
 * The run of comparison mode: an autoencoder and a VAE with the same hidden layers and latent
 * size, trained on the same data, split, batches and seed, stepped in lockstep as two sessions of
 * one plan, so any difference between them is the objective's.
 */
public final class ComparisonPlanner {
    /** The session ids, in workspace order. */
    public static final String AE_SESSION = "ae";
    public static final String VAE_SESSION = "vae";

    private ComparisonPlanner() {
    }

    /**
     * Two fresh sessions, checkpointed under {@code dir}/ae and {@code dir}/vae (null: not saved).
     * The architecture is taken from the request's model when it has hidden layers, else from the
     * MLP preset; its latent size always.
     */
    public static TrainingPlan aeVersusVae(RunPlanner.Request r, Path dir) throws RunPlanner.Refused {
        ModelSpec asked = r.model();
        int latent = asked.latentDim();
        List<Integer> hidden = asked.has(Settings.HIDDEN) ? asked.hidden()
                : ModelSpec.defaults(ModelKind.AE, latent).hidden();
        List<SessionConfig> sessions = new ArrayList<>();
        for (ModelKind kind : List.of(ModelKind.AE, ModelKind.VAE)) {
            ModelSpec spec = ModelSpec.defaults(kind, latent).with(Settings.HIDDEN, hidden);
            String id = kind == ModelKind.AE ? AE_SESSION : VAE_SESSION;
            sessions.add(SessionConfig.fresh(id, RunPlanner.fit(spec, r.data().train()),
                    dir == null ? null : dir.resolve(id)));
        }
        TrainingPlan single = RunPlanner.fresh(AE_SESSION, new RunPlanner.Request(sessions.get(0).spec(), r.data(),
                r.epochs(), r.batchSize(), r.learningRate(), r.seed()), null);
        try {
            return new TrainingPlan(single.data(), sessions, single.epochs(), single.batchSize(),
                    single.learningRate(), single.seed(), single.panelSize(), single.embeddingSize());
        } catch (IllegalArgumentException e) {
            throw new RunPlanner.Refused(List.of(e.getMessage()));
        }
    }
}
