package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.latent.apps.CompressionSweep;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.train.ModelFactory;
import latentlab.train.RunPlanner;
import latentlab.train.SessionConfig;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingRun;
import latentlab.train.TrainingService;

/**
 * Trains every trained model of a sweep in one run of the training service: each model is
 * planned by {@link RunPlanner} as a run of its own would be, and the sessions then step in
 * lockstep, on the same batches, each saving its checkpoint in its own folder under the output.
 */
final class SweepTraining {
    private final ModelFactory factory;
    private final CompressionSweep sweep;
    private final DataSplit data;
    private final Path out;

    SweepTraining(ModelFactory factory, CompressionSweep sweep, DataSplit data, Path out) {
        this.factory = factory;
        this.sweep = sweep;
        this.data = data;
        this.out = out;
    }

    /** The plan of the whole sweep; each bad setting is one line. */
    TrainingPlan plan(Integer batch, Double lr) throws BadInputException {
        List<SessionConfig> sessions = new ArrayList<>();
        TrainingPlan first = null;
        for (ModelKind kind : sweep.trainedKinds()) {
            for (int size : sweep.sizes()) {
                String name = CompressionSweep.modelName(kind, size);
                ModelSpec model = ModelChoice.spec(kind.cliName(), size, null, data.train());
                try {
                    TrainingPlan one = RunPlanner.fresh(name, new RunPlanner.Request(model, data, sweep.epochs(), batch,
                            lr, sweep.seed()), out.resolve(name));
                    sessions.addAll(one.sessions());
                    first = first == null ? one : first;
                } catch (RunPlanner.Refused e) {
                    throw new BadInputException(name + ": " + e.getMessage());
                }
            }
        }
        return TrainingPlan.of(data, sessions, first.epochs(), first.batchSize(), first.learningRate(), first.seed());
    }

    /** Trains the sweep, printing its progress, and returns the event that ended the run. */
    TrainingEvent run(Integer batch, Double lr, PrintWriter stdout)
            throws BadInputException, IOException, InterruptedException {
        TrainingPlan plan = plan(batch, lr);
        boolean terminal = System.console() != null;
        try (TrainingService service = new TrainingService(factory)) {
            TrainingRun run = service.start(plan, new ProgressPrinter(stdout, terminal, plan.epochs()));
            return run.await();
        }
    }
}
