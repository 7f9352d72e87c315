package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import latentlab.model.engine.EngineInfo;
import latentlab.model.engine.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import latentlab.train.checkpoint.CheckpointInfo;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.train.checkpoint.ModelCard;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab info}: the engine, its version, the training device and why, thread settings;
 * {@code latentlab info CHECKPOINT}: the model card of a checkpoint.
 */
@Command(name = "info", description = {"Show the engine, the device it trains on, and thread settings.",
    "With a checkpoint folder, show its model card instead: the model, its settings, the data and the command"
        + " that trained it, and its last losses."},
        mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cpu", description = "report as if the CPU were forced (as the window's choice does)")
    boolean cpu;

    @Parameters(arity = "0..1", paramLabel = "CHECKPOINT", description = "a checkpoint folder")
    Path checkpoint;

    @Override
    public Integer call() {
        if (checkpoint != null) {
            return card();
        }
        if (cpu) {
            Engines.setForceCpu(true);
        }
        EngineInfo i = Engines.info();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Engine:   %s %s (DJL %s)%n", i.engineName(), i.engineVersion(), i.djlVersion());
        out.printf("Device:   %s: %s%n", i.gpu() ? "GPU " + i.deviceName() : "CPU", i.deviceReason());
        out.printf("Threads:  %d intra-op, %d inter-op (%d cores available)%n", i.intraOpThreads(),
                i.interOpThreads(), i.availableCores());
        out.printf("Offline:  %s%n", Boolean.parseBoolean(System.getProperty("ai.djl.offline"))
                ? "yes (the engine's natives ship with LatentLab; nothing is downloaded)"
                : "no (downloads allowed by -D" + Engines.ALLOW_DOWNLOAD_PROPERTY + "=true)");
        out.flush();
        return 0;
    }

    private int card() {
        try {
            CheckpointInfo info = Checkpoints.load(checkpoint).info();
            spec.commandLine().getOut().print(ModelCard.of(checkpoint, info));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("latentlab: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
    }
}
