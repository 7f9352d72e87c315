package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import latentlab.data.DataException;
import latentlab.export.AppsJson;
import latentlab.latent.apps.SemiSupervised;
import latentlab.latent.apps.SemiSupervisedTable;
import latentlab.export.AtomicFiles;
import latentlab.train.SnapshotCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code latentlab evaluate semi-supervised}: validation accuracy of a linear classifier that
 * learns from a few labelled training images, seen through the model's codes, as raw pixels and
 * as PCA codes of the same size.
 */
@Command(name = "semi-supervised", mixinStandardHelpOptions = true,
        description = "Train a linear classifier on a few labelled codes, raw pixels and PCA codes; report each one's"
                + " validation accuracy.")
final class EvaluateSemiSupervisedCommand extends CheckpointCommand {
    @Option(names = "--labelled", paramLabel = "LIST", defaultValue = "10,100,1000",
            description = "labelled training images per classifier, comma-separated (default: ${DEFAULT-VALUE})")
    String labelled;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the labelled images' choice (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.json", description = "also write the table as JSON")
    Path out;

    @Override
    int run() throws BadInputException, DataException, IOException {
        List<Integer> counts = NumberList.parse(labelled, "--labelled count", "10,100,1000");
        if (out != null) {
            OutputPaths.requireWritableFolder(out, "--out");
        }
        OpenedCheckpoint opened = open();
        SemiSupervisedTable table;
        try (SnapshotCodec codec = new SnapshotCodec(factory, opened.spec(), opened.checkpoint().parameters())) {
            table = SemiSupervised.evaluate(codec, opened.data(), counts, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        print(opened, table);
        if (out != null) {
            com.google.gson.JsonObject o = AppsJson.semiSupervised(table);
            o.addProperty("model", opened.spec().describe());
            o.addProperty("dataset", opened.data().sourceId());
            AtomicFiles.writeString(out, AppsJson.text(o));
            spec.commandLine().getOut().println("Wrote " + out);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void print(OpenedCheckpoint opened, SemiSupervisedTable t) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Validation accuracy (%,d images of %s) of a linear classifier on %s:%n",
                t.validationSize(), opened.data().sourceId(), opened.spec().describe());
        o.printf(Locale.ROOT, "%9s %13s %12s %15s%n", "labelled", "model codes", "raw pixels",
                "PCA codes (" + t.latentDim() + ")");
        for (int count : t.rows().stream().map(SemiSupervisedTable.Row::labelled).distinct().toList()) {
            o.printf(Locale.ROOT, "%9d %13.4f %12.4f %15.4f%n", count,
                    accuracy(t, count, SemiSupervisedTable.Features.CODES),
                    accuracy(t, count, SemiSupervisedTable.Features.PIXELS),
                    accuracy(t, count, SemiSupervisedTable.Features.PCA));
        }
        o.println(SemiSupervisedTable.CLASSIFIER.oneLine());
    }

    private static double accuracy(SemiSupervisedTable t, int count, SemiSupervisedTable.Features f) {
        return t.row(count, f).orElseThrow().accuracy();
    }
}
