package latentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.data.IdxFile;
import latentlab.data.IdxReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab data inspect NAME|PATH}: counts, image size, label histogram and pixel mean of a
 * source, a folder or a single IDX file. A bad file gets one clear line and exit status 2.
 */
@Command(name = "inspect", description = "Show what a data source, folder or IDX file holds.",
        mixinStandardHelpOptions = true)
final class DataInspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|PATH", description = "a source name (mnist, fashion-mnist), a folder, or one IDX file")
    String target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Path p = Path.of(target);
            if (Files.isRegularFile(p)) {
                printFile(out, IdxReader.read(p));
            } else {
                DataSplit split = DataSources.open(target);
                out.printf("Source: %s%n", split.sourceId());
                printSet(out, "training", split.train());
                printSet(out, "validation", split.validation());
            }
            out.flush();
            return 0;
        } catch (DataException e) {
            spec.commandLine().getErr().println("latentlab: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
    }

    private static void printSet(PrintWriter out, String role, Dataset d) {
        out.printf(Locale.ROOT, "%s set (%s): %,d images of %dx%d, pixel mean %.4f%n",
                role, d.id(), d.size(), d.rows(), d.cols(), d.pixelMean());
        printHistogram(out, d.classNames(), d.classCounts(), d.size());
    }

    private static void printFile(PrintWriter out, IdxFile f) {
        if (f.images()) {
            double sum = 0;
            for (byte b : f.data()) {
                sum += (b & 0xFF) / 255.0;
            }
            out.printf(Locale.ROOT, "%s: %,d images of %dx%d, pixel mean %.4f%n", f.fileName(), f.count(),
                    f.rows(), f.cols(), f.data().length == 0 ? 0 : sum / f.data().length);
        } else {
            int max = 0;
            for (int l : f.asInts()) {
                max = Math.max(max, l);
            }
            int[] counts = new int[max + 1];
            for (int l : f.asInts()) {
                counts[l]++;
            }
            out.printf("%s: %,d labels%n", f.fileName(), f.count());
            List<String> names = java.util.stream.IntStream.rangeClosed(0, max).mapToObj(Integer::toString).toList();
            printHistogram(out, names, counts, f.count());
        }
    }

    private static void printHistogram(PrintWriter out, List<String> names, int[] counts, int total) {
        int widest = 0;
        for (int c : counts) {
            widest = Math.max(widest, c);
        }
        for (int c = 0; c < counts.length; c++) {
            int bar = widest == 0 ? 0 : (int) Math.round(30.0 * counts[c] / widest);
            out.printf(Locale.ROOT, "  %2d %-12s %,7d %5.1f%% %s%n", c, names.get(c), counts[c],
                    total == 0 ? 0 : 100.0 * counts[c] / total, "#".repeat(bar));
        }
    }
}
