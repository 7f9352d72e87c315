package latentlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.model.engine.EngineInfo;
import latentlab.model.engine.Engines;
import latentlab.model.engine.MatmulPeak;
import latentlab.model.engine.OpOverhead;
import latentlab.model.family.TrainingFlops;
import latentlab.train.ModelFactory;
import latentlab.train.StepProfiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab bench profile}: where the time of one training step goes: engine calls by
 * phase, per-call overhead, time inside the engine's ops against time between them (Java, DJL,
 * JNI), matrix products against the roof, allocations, and copies between Java and the engine.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Profile one model's training step: engine calls, overhead, allocations, copies.")
final class BenchProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "vae", paramLabel = "KIND", description = "default: ${DEFAULT-VALUE}")
    String model;

    @Option(names = "--latent", paramLabel = "D", description = "default: 20, or 2 for ae")
    Integer latent;

    @Option(names = "--batch", defaultValue = "128", paramLabel = "B", description = "default: ${DEFAULT-VALUE}")
    int batch;

    @Option(names = "--steps", defaultValue = "100", paramLabel = "N",
            description = "steps timed without the profiler (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--profiled", defaultValue = "10", paramLabel = "N",
            description = "steps taken under the engine's profiler (default: ${DEFAULT-VALUE})")
    int profiled;

    @Option(names = "--top", defaultValue = "12", paramLabel = "N", description = "ops listed (default: ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataSplit data;
        ModelSpec ms;
        try {
            if (batch < 1 || steps < 5 || profiled < 1 || top < 0) {
                throw new BadInputException("--batch and --profiled must be at least 1, --steps at least 5");
            }
            data = DataSources.open("mnist");
            ms = ModelChoice.spec(model, latent != null ? latent : BenchSuiteCommand.latent(model), null, data.train());
            if (ms.kind().isClosedForm()) {
                throw new BadInputException(model + " is fitted in closed form: it takes no training steps to profile");
            }
        } catch (BadInputException | DataException e) {
            err.println("latentlab: " + e.getMessage());
            err.flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
        EngineInfo info = Engines.info();
        double roof = MatmulPeak.gflops(2048, 5);
        double overhead = OpOverhead.micros(2000);
        StepProfiler.Result r = StepProfiler.profile(ModelFactory.standard(), data.train(), ms, batch, steps, profiled);
        StepBreakdown b = StepBreakdown.of(r);
        long flops = TrainingFlops.perImage(ms);
        double stepFlops = (double) flops * batch;
        double gflops = stepFlops / (r.stepMillis() * 1e6);
        out.printf(Locale.ROOT, "%s (%s), batch %d, on %s with %d engine threads; %.2f MFLOP per image%n", model,
                BenchSuiteCommand.layers(ms), batch, info.deviceName(), info.intraOpThreads(), flops / 1e6);
        out.printf(Locale.ROOT, "step: %.2f ms (median of 5 chunks of %d steps), %,.0f images/s, %.1f GFLOP/s: "
                + "%.1f%% of the matmul roof, %.1f GFLOP/s measured now%n", r.stepMillis(), steps / 5,
                batch * 1000 / r.stepMillis(), gflops, 100 * gflops / roof, roof);
        out.printf(Locale.ROOT, "per-call overhead: %.1f us (a 128x20 add through the engine, alone)%n", overhead);
        out.printf(Locale.ROOT, "%nper step, averaged over %d steps under the engine's profiler (which slows them to "
                + "%.2f ms):%n", r.profiledSteps().size(), b.stepMicros() / 1e3);
        out.printf(Locale.ROOT, "  engine calls from Java: %.0f (%.0f in the forward pass and loss); the backward pass "
                + "ran %.0f nodes%n", b.calls().fromJava(), b.calls().forward(), b.calls().backwardNodes());
        out.printf(Locale.ROOT, "  inside engine calls: %.2f ms (%.0f%%): matrix products %.2f ms (%.0f%% of the step, "
                + "at %.0f%% of the roof), backward pass %.2f ms, optimizer kernel %.2f ms%n", b.opMicros() / 1e3,
                100 * b.opMicros() / b.stepMicros(), b.productMicros() / 1e3, 100 * b.productMicros() / b.stepMicros(),
                100 * stepFlops / (b.productMicros() * 1e3) / roof, b.backwardMicros() / 1e3,
                b.optimizerMicros() / 1e3);
        out.printf(Locale.ROOT, "  between engine calls (Java, DJL, JNI): %.2f ms (%.0f%%)%n",
                (b.stepMicros() - b.opMicros()) / 1e3, 100 * (b.stepMicros() - b.opMicros()) / b.stepMicros());
        out.printf(Locale.ROOT, "  engine allocations: %.0f calls allocated %.1f MiB%n", b.allocations(),
                b.allocatedBytes() / (1 << 20));
        out.printf(Locale.ROOT, "  Java heap allocated: %.1f KiB (without the profiler)%n", r.javaBytesPerStep() / 1024.0);
        out.printf(Locale.ROOT, "  copies Java -> engine: %d, %.1f KiB; engine -> Java: %d floats (the loss terms)%n",
                r.copiesInPerStep().copies(), r.copiesInPerStep().bytes() / 1024.0, r.floatsOutPerStep());
        out.printf(Locale.ROOT, "  what limits it: %s%n", b.limits(stepFlops, roof));
        if (top > 0) {
            out.printf(Locale.ROOT, "%n%8s %8s %9s  %s%n", "calls", "ms", "us/call", "op (input shapes), called from Java");
            b.top().stream().limit(top).forEach(o -> out.printf(Locale.ROOT, "%8.1f %8.3f %9.1f  %s %s%n", o.calls(),
                    o.micros() / 1e3, o.micros() / o.calls(), o.name(), o.shapes()));
        }
        out.flush();
        return 0;
    }
}
