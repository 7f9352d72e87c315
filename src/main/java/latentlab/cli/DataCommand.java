package latentlab.cli;

import picocli.CommandLine.Command;

/** {@code latentlab data list|inspect}. */
@Command(name = "data", description = "List and inspect data sources.",
        mixinStandardHelpOptions = true,
        subcommands = {DataListCommand.class, DataInspectCommand.class})
final class DataCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
