package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.train.ModelFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that runs a trained model on data: its checkpoint and data options, and bad input
 * reported as one line with exit status {@link LatentLabCommand#EXIT_BAD_INPUT}.
 */
abstract class CheckpointCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--checkpoint", required = true, paramLabel = "DIR", description = "a checkpoint directory")
    Path checkpoint;

    @Option(names = "--dataset", paramLabel = "NAME", description = "data source or IDX folder (default: the one"
            + " the model was trained on)")
    String dataset;

    /** Tests swap in their own models. */
    ModelFactory factory = ModelFactory.standard();

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (BadInputException | DataException | IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("latentlab: " + e.getMessage());
            err.flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
    }

    /** Does the command's work; returns the exit status. */
    abstract int run() throws BadInputException, DataException, IOException;

    /** The checkpoint with the data it is to run on. */
    OpenedCheckpoint open() throws BadInputException, DataException, IOException {
        return OpenedCheckpoint.open(factory, checkpoint, dataset);
    }
}
