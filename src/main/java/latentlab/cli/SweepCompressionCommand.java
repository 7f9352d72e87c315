package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.export.CompressionFiles;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;
import latentlab.export.AtomicFiles;
import latentlab.model.ModelKind;
import latentlab.model.Settings;
import latentlab.train.CompressionMeasurement;
import latentlab.train.ModelFactory;
import latentlab.train.RunPlanner;
import latentlab.train.TrainingEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab sweep compression}: code size against reconstruction error. Every trained
 * model of the sweep learns in lockstep on the same batches (one run of the training service);
 * PCA is fitted in closed form. Each is then measured on the validation images in per-pixel MSE
 * and BCE, and the chart's points go to {@code compression.csv} and {@code compression.json}.
 */
@Command(name = "compression", mixinStandardHelpOptions = true,
        description = "Train each model at each code size, measure per-pixel MSE and BCE on the validation images,"
                + " and write compression.csv and compression.json (and each model's checkpoint) to --out.")
final class SweepCompressionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "LIST", defaultValue = "2,4,8,16,32",
            description = "code sizes, comma-separated (default: ${DEFAULT-VALUE})")
    String sizes;

    @Option(names = "--models", paramLabel = "LIST", defaultValue = "ae,vae,pca",
            description = "model kinds, comma-separated (default: ${DEFAULT-VALUE}); pca is fitted, not trained")
    String models;

    @Option(names = "--hidden", paramLabel = "LIST", defaultValue = "400",
            description = "hidden layers of every trained model, comma-separated, so that the models differ in their"
                    + " objective and code size only (default: ${DEFAULT-VALUE}, the classic VAE's)")
    String hidden;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "" + RunPlanner.DEFAULT_EPOCHS,
            description = "epochs of every trained model (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "mnist",
            description = "a data source name or a folder of IDX files (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--batch", paramLabel = "B", description = "batch size (default " + RunPlanner.DEFAULT_BATCH + ")")
    Integer batch;

    @Option(names = "--lr", paramLabel = "L", description = "Adam's learning rate (default "
            + RunPlanner.DEFAULT_LEARNING_RATE + ")")
    Double lr;

    @Option(names = "--seed", paramLabel = "S", description = "seed of every model (default " + RunPlanner.DEFAULT_SEED
            + ")")
    Long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "a new or empty folder: the two result files and one checkpoint folder per trained model")
    Path out;

    /** Tests swap in their own models. */
    ModelFactory factory = ModelFactory.standard();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return sweep();
        } catch (BadInputException | DataException | IOException e) {
            err.println("latentlab: " + e.getMessage());
            err.flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
    }

    private int sweep() throws BadInputException, DataException, IOException, InterruptedException {
        CompressionSweep asked = describe(DataSources.find(dataset).id());
        OutputPaths.requireWritableFolder(out, "--out");
        try {
            AtomicFiles.requireNewOrEmptyFolder(out);
        } catch (IOException e) {
            throw new BadInputException("--out " + e.getMessage());
        }
        DataSplit data = DataSources.open(dataset);
        CompressionSweep sweep = new CompressionSweep(asked.kinds(), asked.sizes(), asked.epochs(), data.sourceId(),
                asked.seed(), asked.hidden());
        PrintWriter stdout = spec.commandLine().getOut();
        if (!sweep.trainedKinds().isEmpty()) {
            TrainingEvent end = new SweepTraining(factory, sweep, data, out).run(batch, lr, stdout);
            if (!(end instanceof TrainingEvent.Completed || end instanceof TrainingEvent.Diverged)) {
                String why = end instanceof TrainingEvent.Failed f ? "training failed: " + f.message()
                        : "training stopped before the sweep was done";
                spec.commandLine().getErr().println("latentlab: " + why + "; no results were written");
                return 1;
            }
        }
        CompressionResult result = measure(sweep, data, stdout);
        CompressionFiles.write(result, out);
        print(result, stdout);
        return 0;
    }

    /** The sweep as asked, before the data are loaded; each bad option is one line. */
    private CompressionSweep describe(String datasetId) throws BadInputException {
        List<ModelKind> kinds = new ArrayList<>();
        for (String name : models.split(",", -1)) {
            kinds.add(ModelChoice.kind(name.strip()));
        }
        List<Integer> codeSizes = NumberList.parse(sizes, "code size", "2,4,8,16,32");
        try {
            // Read as train's --hidden is: the same rule, the same message.
            List<Integer> layers = Settings.HIDDEN.parse(hidden, "--hidden");
            if (layers.isEmpty()) {
                throw new BadInputException("--hidden needs at least one layer, e.g. 400");
            }
            return new CompressionSweep(kinds, codeSizes, epochs, datasetId,
                    seed == null ? RunPlanner.DEFAULT_SEED : seed, layers);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private CompressionResult measure(CompressionSweep sweep, DataSplit data, PrintWriter stdout) throws IOException {
        return CompressionMeasurement.measure(sweep, data, out, factory, new CompressionMeasurement.Progress() {
            @Override
            public void measuring(int done, int total, String name) {
            }

            @Override
            public void note(String text) {
                stdout.println(text);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
    }

    private void print(CompressionResult result, PrintWriter stdout) {
        stdout.printf(Locale.ROOT, "Reconstruction error on %,d validation images of %s:%n", result.validationSize(),
                result.sweep().datasetId());
        stdout.println("model    size  epochs   MSE/pixel   BCE/pixel");
        for (CompressionPoint p : result.points()) {
            stdout.printf(Locale.ROOT, "%-7s %5d %7d %11.5f %11.5f%n", p.kind().cliName(), p.codeSize(), p.epochs(),
                    p.mse(), p.bce());
        }
        stdout.println("Wrote " + out.resolve(CompressionFiles.CSV) + " and " + out.resolve(CompressionFiles.JSON));
        stdout.flush();
    }
}
