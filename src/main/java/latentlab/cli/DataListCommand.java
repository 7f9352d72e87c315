package latentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import latentlab.data.Availability;
import latentlab.data.DataSource;
import latentlab.data.DataSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code latentlab data list}: the named sources, their sizes and whether they can be used. */
@Command(name = "list", description = "List the data sources and whether they are usable.",
        mixinStandardHelpOptions = true)
final class DataListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-15s %-8s %s%n", "SOURCE", "STATUS", "DETAILS");
        for (DataSource s : DataSources.named()) {
            Availability a = s.availability();
            out.printf("%-15s %-8s %s: %s%n", s.id(), a.usable() ? "usable" : "missing", s.displayName(), a.detail());
        }
        out.println();
        out.println("Any folder of IDX files also works: latentlab data inspect /path/to/folder");
        out.flush();
        return 0;
    }
}
