package latentlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code latentlab classifier}: the reference digit classifier the scoreboard judges with. */
@Command(name = "classifier", mixinStandardHelpOptions = true,
        description = "Make the reference digit classifier that judges decoded images.",
        subcommands = {ClassifierTrainCommand.class})
final class ClassifierCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
