package latentlab.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.model.engine.EngineInfo;
import latentlab.model.engine.Engines;
import latentlab.model.engine.MatmulPeak;
import latentlab.model.family.TrainingFlops;
import latentlab.train.ModelFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code latentlab bench suite}: training throughput of each model and batch beside the same
 * model in PyTorch (run in turn with LatentLab's own, so that machine noise hits both) and beside
 * the matrix-product roof measured in the same run; writes the rows into docs/BENCHMARKS.md.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Training throughput against PyTorch and the machine's matmul peak; writes docs/BENCHMARKS.md.")
final class BenchSuiteCommand implements Callable<Integer> {
    static final String BEGIN = "<!-- bench suite: begin (written by `latentlab bench suite`) -->";
    static final String END = "<!-- bench suite: end -->";

    @Spec
    CommandSpec spec;

    @Option(names = "--models", split = ",", defaultValue = "vae,ae,conv-vae", paramLabel = "KIND",
            description = "default: ${DEFAULT-VALUE}")
    List<String> models;

    @Option(names = "--batches", split = ",", defaultValue = "128,512", paramLabel = "B",
            description = "default: ${DEFAULT-VALUE}")
    List<Integer> batches;

    @Option(names = "--epochs", defaultValue = "3", paramLabel = "N",
            description = "epochs per measurement; the first is warm-up (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--rounds", defaultValue = "2", paramLabel = "R",
            description = "LatentLab and the reference in turn, R times each (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", paramLabel = "EXE",
            description = "a python with Debian's python3-torch (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = "--write", paramLabel = "FILE", description = "replace the suite's rows in this Markdown file")
    Path write;

    @Option(names = "--note", paramLabel = "TEXT", description = "a line under the table, e.g. the machine's load")
    String note;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataSplit data;
        try {
            data = DataSources.open("mnist");
        } catch (DataException e) {
            err.println("latentlab: " + e.getMessage());
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
        EngineInfo info = Engines.info();
        double peak = MatmulPeak.gflops(2048, 5);
        out.printf(Locale.ROOT, "matmul peak: %.1f GFLOP/s (2048x2048 float32, %s, %d threads)%n", peak,
                info.deviceName(), info.intraOpThreads());
        out.flush();
        List<String> rows = new ArrayList<>();
        for (String model : models) {
            ModelSpec ms = ModelChoice.spec(model, latent(model), null, data.train());
            long flops = TrainingFlops.perImage(ms);
            for (int batch : batches) {
                List<Double> ours = new ArrayList<>();
                List<Double> ref = new ArrayList<>();
                String torch = "";
                for (int r = 0; r < rounds; r++) {
                    TrainingThroughput.Result t = TrainingThroughput.measure(ModelFactory.standard(), data, ms,
                            epochs, batch);
                    ours.add(t == null ? Double.NaN : t.imagesPerSecond());
                    JsonObject py = reference(model, ms.latentDim(), batch, info.intraOpThreads());
                    if (py != null) {
                        ref.add(py.get("samplesPerSecond").getAsDouble());
                        torch = py.get("torch").getAsString();
                    }
                }
                double a = median(ours);
                double b = ref.isEmpty() ? Double.NaN : median(ref);
                double fraction = a * flops / 1e9 / peak;
                String line = String.format(Locale.ROOT,
                        "| %s (%s) | %d | %,.0f | %s | %s | %.2f | %.1f%% |", model, layers(ms), batch,
                        a, ref.isEmpty() ? "not run (no " + python + " with torch)" : String.format(Locale.ROOT,
                                "%,.0f (PyTorch %s)", b, torch),
                        ref.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1fx", a / b), flops / 1e6,
                        100 * fraction);
                out.println(line);
                out.flush();
                rows.add(line);
            }
        }
        String gpu = info.gpu() ? "run `mvn -Pcuda package` and this command on the GPU for its figures"
                : "no GPU on this machine (" + info.deviceReason() + "): no GPU figures";
        out.println("GPU: " + gpu);
        if (write != null) {
            BenchmarkFile.replace(write, BEGIN, END, table(rows, peak, info, gpu));
            out.println("wrote " + write);
        }
        out.flush();
        return 0;
    }

    private String table(List<String> rows, double peak, EngineInfo info, String gpu) {
        List<String> t = new ArrayList<>();
        t.add("Machine: " + Machine.describe() + "; LatentLab on " + info.deviceName() + " with "
                + info.intraOpThreads() + " engine threads, the reference with as many. Date: " + LocalDate.now() + ".");
        t.add("Matrix-product roof measured in the same run: " + String.format(Locale.ROOT, "%.1f", peak)
                + " GFLOP/s (2048x2048 float32 through the engine).");
        t.add("");
        t.add("| model | batch | LatentLab images/s | reference images/s | ratio | MFLOP per image (train) | "
                + "of the matmul roof |");
        t.add("|---|---|---|---|---|---|---|");
        t.addAll(rows);
        t.add("");
        t.add("GPU: " + gpu + ".");
        t.add("");
        t.add("Command: `java -Dai.djl.pytorch.num_threads=" + info.intraOpThreads() + " -jar target/latentlab.jar bench"
                + " suite --models " + String.join(",", models) + " --batches "
                + String.join(",", batches.stream().map(String::valueOf).toList()) + " --epochs " + epochs
                + " --rounds " + rounds + " --write docs/BENCHMARKS.md`");
        if (note != null) {
            t.add("");
            t.add(note);
        }
        return String.join("\n", t);
    }

    /** 784-400-20 for a dense model, 784-c16-c32-20 for a convolutional one. */
    static String layers(ModelSpec ms) {
        boolean conv = ms.kind().cliName().startsWith("conv");
        List<String> parts = new ArrayList<>();
        parts.add(Integer.toString(ms.inputSize()));
        ms.hidden().forEach(h -> parts.add((conv ? "c" : "") + h));
        parts.add(Integer.toString(ms.latentDim()));
        return String.join("-", parts);
    }

    static int latent(String model) {
        return model.equals("ae") ? 2 : 20;
    }

    /** The reference's figures, or null when the python or its torch is missing. */
    private JsonObject reference(String model, int latent, int batch, int threads) throws IOException,
            InterruptedException {
        Path script = Path.of("src", "bench", "reference_models.py");
        if (!Files.isRegularFile(script) || !Files.isExecutable(Path.of(python))) {
            return null;
        }
        ProcessBuilder pb = new ProcessBuilder(python, script.toString(), "--model", model, "--latent",
                Integer.toString(latent), "--batch", Integer.toString(batch), "--threads", Integer.toString(threads),
                "--epochs", Integer.toString(epochs)).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0 || text.isEmpty()) {
            return null;
        }
        return JsonParser.parseString(text.lines().reduce((x, y) -> y).orElse("")).getAsJsonObject();
    }

    private static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
