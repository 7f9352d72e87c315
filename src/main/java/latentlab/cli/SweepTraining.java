package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import latentlab.data.DataSplit;
import latentlab.latent.apps.CompressionSweep;
import latentlab.train.CompressionPlanner;
import latentlab.train.ModelFactory;
import latentlab.train.RunPlanner;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingRun;
import latentlab.train.TrainingService;

/**
 * Trains every trained model of a sweep in one run of the command line's training service, as
 * {@link CompressionPlanner} plans it: the sessions step in lockstep, on the same batches, each
 * saving its checkpoint in its own folder under the output.
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
        try {
            return CompressionPlanner.plan(sweep, data, batch, lr, out);
        } catch (RunPlanner.Refused e) {
            throw new BadInputException(e.getMessage());
        }
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
