package latentlab.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ModelSpec;
import latentlab.model.engine.EngineInfo;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab bench train}: training throughput (images per second over the training
 * batches of each epoch, validation excluded) and resident memory after each epoch.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model for a few epochs and report images per second and memory.")
final class BenchTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "vae", paramLabel = "KIND", description = "default: ${DEFAULT-VALUE}")
    String model;

    @Option(names = "--latent", defaultValue = "20", paramLabel = "D", description = "default: ${DEFAULT-VALUE}")
    int latent;

    @Option(names = "--batch", defaultValue = "128", paramLabel = "B", description = "default: ${DEFAULT-VALUE}")
    int batch;

    @Option(names = "--epochs", defaultValue = "3", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--dataset", defaultValue = "mnist", paramLabel = "NAME",
            description = "a data source, or 'random' for 9,000 random 28x28 images (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    ModelFactory factory = ModelFactory.standard();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (epochs < 1 || batch < 1) {
                throw new BadInputException("--epochs and --batch must be at least 1");
            }
            DataSplit data = dataset.equalsIgnoreCase("random") ? random(9000, 1000) : DataSources.open(dataset);
            ModelSpec ms = ModelChoice.spec(model, latent, null, data.train());
            return bench(data, ms);
        } catch (BadInputException | DataException | java.io.IOException e) {
            err.println("latentlab: " + e.getMessage());
            err.flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
    }

    private int bench(DataSplit data, ModelSpec ms) throws InterruptedException, java.io.IOException {
        TrainingThroughput.Result r = TrainingThroughput.measure(factory, data, ms, epochs, batch);
        if (r == null) {
            spec.commandLine().getErr().println("latentlab: the benchmark run did not complete");
            return 1;
        }
        List<Double> rates = r.epochRates();
        List<Double> rss = r.rssMiB();
        double median = r.imagesPerSecond();
        EngineInfo info = Engines.info();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("model", ms.kind().cliName());
            o.addProperty("latent", ms.latentDim());
            o.add("hidden", new GsonBuilder().create().toJsonTree(ms.hidden()));
            o.addProperty("batch", batch);
            o.addProperty("epochs", epochs);
            o.addProperty("dataset", data.sourceId());
            o.addProperty("trainImages", data.train().size());
            o.addProperty("device", info.deviceName());
            o.addProperty("threads", info.intraOpThreads());
            o.addProperty("samplesPerSecond", Math.round(median));
            o.add("epochSamplesPerSecond", array(rates, 0));
            o.add("rssMiB", array(rss, 1));
            o.addProperty("peakRssMiB", Math.round(ProcessMemory.peakRssMiB() * 10) / 10.0);
            out.println(new GsonBuilder().create().toJson(o));
        } else {
            out.printf(Locale.ROOT, "%s latent %d, batch %d, %d epochs on %s (%s, %d threads)%n", ms.kind().cliName(),
                    ms.latentDim(), batch, epochs, data.sourceId(), info.deviceName(), info.intraOpThreads());
            out.printf(Locale.ROOT, "training: %,.0f images/s (median of epochs%s)%n", median,
                    rates.size() > 1 ? " 2 on" : "");
            out.printf(Locale.ROOT, "memory: %.1f MiB resident after the last epoch, %.1f MiB peak%n",
                    rss.get(rss.size() - 1), ProcessMemory.peakRssMiB());
        }
        out.flush();
        return 0;
    }

    private static JsonArray array(List<Double> values, int decimals) {
        JsonArray a = new JsonArray();
        double f = Math.pow(10, decimals);
        values.forEach(v -> a.add(Math.round(v * f) / f));
        return a;
    }

    /** Uniform random images in [0,1]: the reference benchmark's data when no files are wanted. */
    static DataSplit random(int train, int validation) {
        Random r = new Random(0);
        return new DataSplit("random", randomSet("random/train", train, r), randomSet("random/validation", validation, r));
    }

    private static Dataset randomSet(String id, int n, Random r) {
        float[] px = new float[n * 784];
        for (int i = 0; i < px.length; i++) {
            px[i] = r.nextFloat();
        }
        int[] labels = new int[n];
        Arrays.setAll(labels, i -> r.nextInt(10));
        return new Dataset(id, px, labels, 28, 28, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }
}
