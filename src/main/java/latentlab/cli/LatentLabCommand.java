package latentlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code latentlab <command>}. */
@Command(name = "latentlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Explore the latent spaces of autoencoders. With no command, opens the window.",
        subcommands = {DataCommand.class, InfoCommand.class, TrainCommand.class, EncodeCommand.class,
            CompareCommand.class, ClassifierCommand.class, EvaluateCommand.class, SweepCommand.class,
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
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("latentlab: " + usageError(ex));
            cmd.getErr().flush();
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /** Prints {@code e}'s message as the one line of a refused command; returns {@link #EXIT_BAD_INPUT}. */
    static int badInput(CommandLine.Model.CommandSpec command, Exception e) {
        command.commandLine().getErr().println("latentlab: " + e.getMessage());
        command.commandLine().getErr().flush();
        return EXIT_BAD_INPUT;
    }

    /** One line for a command line that cannot be parsed, pointing at the help of the command. */
    static String usageError(CommandLine.ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !cmd.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            String word = u.getUnmatched().get(0);
            String commands = String.join(", ", cmd.getSubcommands().keySet().stream()
                    .filter(n -> !n.equals("help")).toList());
            String close = cmd.getSubcommands().keySet().stream()
                    .filter(n -> distance(n, word) <= (word.length() <= 3 ? 1 : 2))
                    .findFirst().map(n -> "did you mean '" + n + "'? ").orElse("");
            return "unknown command '" + word + "'; " + close + "the commands are " + commands + " (" + help + ")";
        }
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        int nl = message.indexOf('\n');
        message = nl < 0 ? message : message.substring(0, nl);
        if (!message.isEmpty()) {
            message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message + " (" + help + ")";
    }

    /** Edit distance, for suggesting a command only when it is close to what was typed. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
