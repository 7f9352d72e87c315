package latentlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code latentlab evaluate}: a trained model put to one of the course's uses; see its subcommands. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Put a trained model to use: anomaly detection, semi-supervised learning.",
        subcommands = {EvaluateAnomalyCommand.class, EvaluateSemiSupervisedCommand.class})
final class EvaluateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
