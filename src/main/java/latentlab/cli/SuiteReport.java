package latentlab.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import latentlab.model.engine.EngineInfo;

/** The suite's section of docs/BENCHMARKS.md: the machine, both tables, the GPU line and the command. */
final class SuiteReport {
    static final String BEGIN = "<!-- bench suite: begin (written by `latentlab bench suite`) -->";
    static final String END = "<!-- bench suite: end -->";

    private final EngineInfo info;
    private final String noReference;
    private final List<ThroughputRow.Result> rows = new ArrayList<>();
    private MemoryRun.Result memory;
    private InteractiveFigures.Result interactive;

    SuiteReport(EngineInfo info, String noReference) {
        this.info = info;
        this.noReference = noReference;
    }

    void add(ThroughputRow.Result row) {
        rows.add(row);
    }

    void memory(MemoryRun.Result m) {
        memory = m;
    }

    void interactive(InteractiveFigures.Result i) {
        interactive = i;
    }

    String markdown(String command, String note) {
        List<String> t = new ArrayList<>();
        t.add("Machine: " + Machine.describe() + "; LatentLab on " + info.deviceName() + " with "
                + info.intraOpThreads() + " engine threads, the reference with as many. Date: " + LocalDate.now() + ".");
        t.add("");
        t.add("| model | batch | LatentLab images/s | reference images/s | ratio | MFLOP per image (train) | "
                + "roof GFLOP/s (this row) | of the roof | what limits it (profile of the step) |");
        t.add("|---|---|---|---|---|---|---|---|---|");
        rows.forEach(r -> t.add(r.markdown(noReference)));
        t.add("");
        if (memory != null && interactive != null) {
            t.addAll(latencyAndMemory());
            t.add("");
        }
        t.add("GPU: " + gpu() + ".");
        t.add("");
        t.add("Command: `" + command + "`");
        if (note != null) {
            t.add("");
            t.add(note);
        }
        return String.join("\n", t);
    }

    private List<String> latencyAndMemory() {
        String model = "vae (" + BenchSuiteCommand.layers(memory.spec()) + "), the window's default";
        MemoryRun.Memory a = memory.early();
        MemoryRun.Memory b = memory.last();
        List<String> t = new ArrayList<>();
        t.add("| figure | value | how |");
        t.add("|---|---|---|");
        t.add(String.format(Locale.ROOT, "| slider move to decoded image | p50 %.2f ms, p99 %.2f ms | %,d decodes of one "
                + "code through the Codec the window's inference thread uses, %s trained below |",
                interactive.sliderP50(), interactive.sliderP99(), InteractiveFigures.SLIDER_MOVES, model));
        t.add(String.format(Locale.ROOT, "| %dx%d manifold grid decoded | %.1f ms | %,d codes in one call, median of 10 |",
                InteractiveFigures.GRID_SIDE, InteractiveFigures.GRID_SIDE, interactive.gridMillis(),
                InteractiveFigures.GRID_SIDE * InteractiveFigures.GRID_SIDE));
        t.add(String.format(Locale.ROOT, "| encoding of 70,000 images | %,.0f ms | %s, in chunks as the embedding views "
                + "do, median of 3 |", interactive.encodeMillis(), interactive.encodeSource()));
        t.add(String.format(Locale.ROOT, "| resident set (outside the heap), Java heap after epoch %d | %.1f MiB (%.1f), "
                + "%.1f MiB | %s, batch 128, the bundled digits, panel, live embedding and a checkpoint every epoch as "
                + "in the window, first in the run; heap after a full collection |", MemoryRun.EARLY_EPOCH, a.rssMiB(),
                a.outsideHeapMiB(), a.heapMiB(), model));
        t.add(String.format(Locale.ROOT, "| resident set (outside the heap), Java heap after epoch %d | %.1f MiB (%.1f), "
                + "%.1f MiB | growth since epoch %d: %+.1f MiB resident (%+.1f outside the heap), %+.1f MiB heap |",
                memory.epochs(), b.rssMiB(), b.outsideHeapMiB(), b.heapMiB(), MemoryRun.EARLY_EPOCH,
                b.rssMiB() - a.rssMiB(), b.outsideHeapMiB() - a.outsideHeapMiB(), b.heapMiB() - a.heapMiB()));
        t.add(String.format(Locale.ROOT, "| peak resident set | %.1f MiB | of the run so far, once the 70,000 images "
                + "were loaded and encoded |", interactive.peakRssMiB()));
        return t;
    }

    private String gpu() {
        return info.gpu() ? "this run trained on " + info.deviceName() + " (LatentLab's figures above are the GPU's, "
                + "the reference's the CPU's)"
                : "no GPU figures: " + info.deviceReason();
    }
}
