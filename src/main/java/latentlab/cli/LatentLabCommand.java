package latentlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code latentlab <command>}. */
@Command(name = "latentlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Explore the latent spaces of autoencoders. With no command, opens the window.",
        subcommands = {DataCommand.class, InfoCommand.class, TrainCommand.class, EncodeCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class})
public final class LatentLabCommand implements Runnable {

    /** Exit status of a command given bad input (a bad file, an unknown name). */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line whose errors are one clear line, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LatentLabCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("latentlab: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl;
    }
}
