package latentlab.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.engine.NativeHeap;
import latentlab.train.ModelFactory;
import latentlab.train.SessionConfig;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingRun;
import latentlab.train.TrainingService;

/**
 * Continuous training as the window does it (the window's default model and settings, its
 * reconstruction panel and live embedding, a checkpoint saved after every epoch), with the
 * resident set and the Java heap after a full collection measured after an early and the last
 * epoch: growth beyond noise would be a leak.
 */
final class MemoryRun {
    /** The epoch of the first measurement: warm-up, caches and the engine's pools are in place by then. */
    static final int EARLY_EPOCH = 5;

    /**
     * MiB: the resident set, the part of it outside the Java heap (the resident set less the
     * heap's committed size, which the collector grows as it sees fit), and the heap in use after
     * a full collection.
     */
    record Memory(double rssMiB, double outsideHeapMiB, double heapMiB) {
    }

    /**
     * @param early after {@link #EARLY_EPOCH}
     * @param last after the last epoch
     * @param trained the weights at the end, for the latency figures
     */
    record Result(int epochs, Memory early, Memory last, double peakRssMiB, ModelSpec spec, ParamSnapshot trained) {
    }

    private MemoryRun() {
    }

    /** The figures, or null when the run did not complete. */
    static Result measure(DataSplit data, ModelSpec spec, int epochs) throws IOException, InterruptedException {
        Memory[] at = new Memory[2];
        Path runs = Files.createTempDirectory("latentlab-bench-memory");
        try (TrainingService service = new TrainingService(ModelFactory.standard())) {
            TrainingPlan plan = TrainingPlan.of(data, List.of(SessionConfig.fresh("memory", spec, runs.resolve("run"))),
                    epochs, 128, 1e-3, 1);
            TrainingRun run = service.start(plan, e -> {
                if (e instanceof TrainingEvent.CheckpointSaved s && s.epoch() == EARLY_EPOCH) {
                    at[0] = now();
                }
                if (e instanceof TrainingEvent.CheckpointSaved s && s.epoch() == epochs) {
                    at[1] = now();
                }
            });
            TrainingEvent end = run.await();
            if (!(end instanceof TrainingEvent.Completed) || at[1] == null) {
                return null;
            }
            return new Result(epochs, at[0], at[1], ProcessMemory.peakRssMiB(), spec, run.latestSnapshot("memory"));
        } finally {
            try (Stream<Path> files = Files.walk(runs)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Memory as the epoch leaves it: the heap after a full collection, so that garbage not yet
     * collected is not counted, and the C heap's free pages handed back, as training does right
     * after this event.
     */
    static Memory now() {
        ManagementFactory.getMemoryMXBean().gc();
        NativeHeap.releaseFreePages();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double mib = 1024.0 * 1024;
        double rss = ProcessMemory.rssMiB();
        return new Memory(rss, rss - heap.getCommitted() / mib, heap.getUsed() / mib);
    }
}
