package latentlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code latentlab sweep}: train models that differ in one setting and compare them; see its subcommands. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Train models that differ in one setting and compare them.",
        subcommands = {SweepCompressionCommand.class})
final class SweepCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
