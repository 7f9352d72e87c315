package latentlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code latentlab bench}: measurements of this machine; see its subcommands. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure training speed and memory.",
        subcommands = {BenchSuiteCommand.class, BenchProfileCommand.class, BenchTrainCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
