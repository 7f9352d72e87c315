package latentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.engine.EngineInfo;
import latentlab.model.engine.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab bench suite}: every engine-side figure of docs/BENCHMARKS.md in one run.
 * Continuous training as the window does it, with memory after an early and the last epoch, and
 * the explorer's latencies with the model it trained; then training throughput of each model and
 * batch beside the same model in PyTorch and beside the matrix-product roof, measured in turn row
 * by row. Writes the tables into docs/BENCHMARKS.md.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Throughput against PyTorch and the matmul roof, latency and memory; writes docs/BENCHMARKS.md.")
final class BenchSuiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--models", split = ",", defaultValue = "vae,ae,conv-vae", paramLabel = "KIND",
            description = "default: ${DEFAULT-VALUE}")
    List<String> models;

    @Option(names = "--batches", split = ",", defaultValue = "128,512", paramLabel = "B",
            description = "default: ${DEFAULT-VALUE}")
    List<Integer> batches;

    @Option(names = "--epochs", defaultValue = "3", paramLabel = "N",
            description = "epochs per throughput measurement; the first is warm-up (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--rounds", defaultValue = "2", paramLabel = "R",
            description = "roof, LatentLab and the reference in turn, R times per row (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--memory-epochs", defaultValue = "50", paramLabel = "N",
            description = "epochs of continuous training for the memory figures, more than "
                    + MemoryRun.EARLY_EPOCH + " (default: ${DEFAULT-VALUE})")
    int memoryEpochs;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", paramLabel = "EXE",
            description = "a python with Debian's python3-torch (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = "--write", paramLabel = "FILE", description = "replace the suite's rows in this Markdown file")
    Path write;

    @Option(names = "--note", paramLabel = "TEXT", description = "a line under the tables, e.g. the machine's load")
    String note;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataSplit data;
        List<ModelSpec> specs = new ArrayList<>();
        try {
            if (epochs < 1 || rounds < 1 || batches.stream().anyMatch(b -> b < 1)) {
                throw new BadInputException("--epochs, --rounds and every batch must be at least 1");
            }
            if (memoryEpochs <= MemoryRun.EARLY_EPOCH) {
                throw new BadInputException("--memory-epochs must be more than " + MemoryRun.EARLY_EPOCH
                        + ": memory is compared between epoch " + MemoryRun.EARLY_EPOCH + " and the last");
            }
            data = DataSources.open("mnist");
            for (String model : models) {
                specs.add(ModelChoice.spec(model, latent(model), null, data.train()));
            }
        } catch (BadInputException | DataException e) {
            err.println("latentlab: " + e.getMessage());
            err.flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
        EngineInfo info = Engines.info();
        ReferenceModels reference = new ReferenceModels(python);
        String noReference = reference.missing() == null ? "the reference failed" : reference.missing();
        SuiteReport report = new SuiteReport(info, noReference);
        // Memory first, in a process that has done nothing else yet.
        ModelSpec windowDefault = ModelSpec.defaults(ModelKind.VAE, 2);
        out.printf(Locale.ROOT, "memory: %d epochs of vae (%s) as the window trains it ...%n", memoryEpochs,
                layers(windowDefault));
        out.flush();
        MemoryRun.Result memory = MemoryRun.measure(data, windowDefault, memoryEpochs);
        if (memory == null) {
            err.println("latentlab: the memory run did not complete");
            err.flush();
            return 1;
        }
        report.memory(memory);
        report.interactive(InteractiveFigures.measure(memory.spec(), memory.trained()));
        for (int i = 0; i < models.size(); i++) {
            for (int batch : batches) {
                ThroughputRow.Result row = ThroughputRow.measure(models.get(i), specs.get(i), data, batch, epochs,
                        rounds, reference, info.intraOpThreads());
                report.add(row);
                out.println(row.markdown(noReference));
                out.flush();
            }
        }
        String section = report.markdown(command(info), note);
        out.println(section);
        if (write != null) {
            BenchmarkFile.replace(write, SuiteReport.BEGIN, SuiteReport.END, section);
            out.println("wrote " + write);
        }
        out.flush();
        return 0;
    }

    private String command(EngineInfo info) {
        return "java -Dai.djl.pytorch.num_threads=" + info.intraOpThreads() + " -jar target/latentlab.jar bench suite"
                + " --models " + String.join(",", models) + " --batches "
                + String.join(",", batches.stream().map(String::valueOf).toList()) + " --epochs " + epochs
                + " --rounds " + rounds + " --memory-epochs " + memoryEpochs + " --write docs/BENCHMARKS.md";
    }

    /** 784-400-20 for a dense model, 784-c16-c32-20 for a convolutional one. */
    static String layers(ModelSpec ms) {
        boolean conv = ms.kind().isConvolutional();
        List<String> parts = new ArrayList<>();
        parts.add(Integer.toString(ms.inputSize()));
        ms.hidden().forEach(h -> parts.add((conv ? "c" : "") + h));
        parts.add(Integer.toString(ms.latentDim()));
        return String.join("-", parts);
    }

    /** The suite's code size: 2 for the deep AE (its classic form), 20 otherwise (the PyTorch VAE example's). */
    static int latent(String model) {
        return model.equals("ae") ? 2 : 20;
    }
}
