package latentlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
public final class CliRunner {
    /** What a run printed and returned. */
    public record Result(int status, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        return execute(LatentLabCommand.commandLine(), args);
    }

    /** Runs one command object (a subcommand with its test models set) on {@code args}. */
    static Result execute(Object command, String... args) {
        return execute(new CommandLine(command), args);
    }

    private static Result execute(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Result(status, out.toString(), err.toString());
    }
}
