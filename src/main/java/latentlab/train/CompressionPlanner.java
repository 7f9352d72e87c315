package latentlab.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.latent.apps.CompressionSweep;
import latentlab.model.ModelKind;

/**
 * The run of a compression sweep, for the command line and the window alike: every trained model
 * of the sweep (each kind's preset with the sweep's hidden layers, at each code size) is planned by {@link RunPlanner} as a run of
 * its own would be, and the sessions then step in lockstep on the same batches, each saving its
 * checkpoint in {@code out/NAME} (e.g. {@code out/vae-8}), where {@link CompressionMeasurement}
 * finds it.
 */
public final class CompressionPlanner {
    private CompressionPlanner() {
    }

    /**
     * One fresh session per trained model of {@code sweep}; {@code batch} and {@code lr} null for
     * the defaults. Each refusal names the model it is about.
     */
    public static TrainingPlan plan(CompressionSweep sweep, DataSplit data, Integer batch, Double lr, Path out)
            throws RunPlanner.Refused {
        if (sweep.trainedKinds().isEmpty()) {
            throw new RunPlanner.Refused(List.of("the sweep has no model to train"));
        }
        List<SessionConfig> sessions = new ArrayList<>();
        TrainingPlan first = null;
        for (ModelKind kind : sweep.trainedKinds()) {
            for (int size : sweep.sizes()) {
                String name = CompressionSweep.modelName(kind, size);
                try {
                    TrainingPlan one = RunPlanner.fresh(name, new RunPlanner.Request(sweep.spec(kind, size),
                            data, sweep.epochs(), batch, lr, sweep.seed()), out.resolve(name));
                    sessions.addAll(one.sessions());
                    first = first == null ? one : first;
                } catch (RunPlanner.Refused e) {
                    throw new RunPlanner.Refused(List.of(name + ": " + e.getMessage()));
                }
            }
        }
        return TrainingPlan.of(data, sessions, first.epochs(), first.batchSize(), first.learningRate(), first.seed());
    }
}
