package latentlab.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import latentlab.model.engine.FusedOps;
import latentlab.model.engine.EngineProfiler.Op;
import latentlab.train.StepProfiler;

/**
 * Where the time of a profiled training step goes, averaged over the profiled steps: engine calls
 * from Java, time inside them against time between them, and within them the matrix products,
 * the backward pass and the optimizer; the memory the engine allocated.
 *
 * @param calls engine calls from Java per step, and the backward pass's nodes
 * @param stepMicros the profiled step, marker to marker
 * @param opMicros time inside the engine calls from Java
 * @param productMicros time inside matrix products and convolutions, wherever they were called
 * @param backwardMicros time inside the nodes of the backward pass
 * @param optimizerMicros time inside the optimizer's kernel
 * @param allocations engine calls from Java that allocated memory and still held it when they returned
 * @param allocatedBytes the memory those calls held
 */
record StepBreakdown(Calls calls, double stepMicros, double opMicros, double productMicros, double backwardMicros,
        double optimizerMicros, double allocations, double allocatedBytes, List<OpTotal> top) {

    private static final String BACKWARD = "autograd::engine::evaluate_function: ";
    private static final Set<String> PRODUCTS = Set.of("aten::mm", "aten::addmm", "aten::bmm", "aten::matmul",
            "aten::linear", "aten::convolution", "aten::convolution_backward");
    private static final Set<String> OPTIMIZER = Set.of("aten::_fused_adam_", "aten::_fused_adam");

    /**
     * @param fromJava engine calls made from Java
     * @param forward those before the backward pass starts: the forward pass and the loss
     * @param backwardNodes nodes the engine's backward pass ran
     */
    record Calls(double fromJava, double forward, double backwardNodes) {
    }

    /** One op (by name and input shapes) called from Java, with its calls and time per step. */
    record OpTotal(String name, String shapes, double calls, double micros) {
    }

    static StepBreakdown of(StepProfiler.Result r) {
        int n = r.profiledSteps().size();
        double fromJava = 0, forward = 0, nodes = 0, inOps = 0, products = 0, backward = 0, optimizer = 0,
                allocs = 0, bytes = 0;
        Map<String, double[]> byOp = new LinkedHashMap<>();
        for (List<Op> step : r.profiledSteps()) {
            boolean backwardStarted = false;
            Deque<Op> ancestors = new ArrayDeque<>();
            for (Op op : step) {
                while (ancestors.size() > op.depth()) {
                    ancestors.pop();
                }
                if (outermost(op, ancestors, PRODUCTS::contains)) {
                    products += op.micros();
                }
                if (outermost(op, ancestors, name -> name.startsWith(BACKWARD))) {
                    nodes++;
                    backward += op.micros();
                    backwardStarted = true;
                }
                if (outermost(op, ancestors, OPTIMIZER::contains)) {
                    optimizer += op.micros();
                }
                ancestors.push(op);
                if (op.depth() != 0) {
                    continue;
                }
                fromJava++;
                inOps += op.micros();
                if (!backwardStarted && !op.name().equals(FusedOps.ADAM_STEP)) {
                    forward++;
                }
                if (op.name().equals(FusedOps.ADAM_STEP)) {
                    backwardStarted = true;
                }
                if (op.allocatedBytes() > 0) {
                    allocs++;
                    bytes += op.allocatedBytes();
                }
                double[] t = byOp.computeIfAbsent(op.name() + "\u0000" + op.shapes(), k -> new double[2]);
                t[0]++;
                t[1] += op.micros();
            }
        }
        List<OpTotal> top = new ArrayList<>();
        byOp.forEach((k, t) -> {
            String[] parts = k.split("\u0000", 2);
            top.add(new OpTotal(parts[0], parts[1], t[0] / n, t[1] / n));
        });
        top.sort(Comparator.comparingDouble(OpTotal::micros).reversed());
        double step = r.profiledStepMicros().stream().mapToDouble(Double::doubleValue).sum() / n;
        return new StepBreakdown(new Calls(fromJava / n, forward / n, nodes / n), step, inOps / n, products / n,
                backward / n, optimizer / n, allocs / n, bytes / n, List.copyOf(top));
    }

    /** Whether {@code op} is of a kind none of its callers is of. */
    private static boolean outermost(Op op, Deque<Op> ancestors, Predicate<String> kind) {
        return kind.test(op.name()) && ancestors.stream().noneMatch(a -> kind.test(a.name()));
    }

    /**
     * What limits the step, in one line for the benchmark table: the share of its time in matrix
     * products (and their speed against the roof), in the other ops, and between engine calls.
     */
    String limits(double flopsPerStep, double roofGflops) {
        double productGflops = flopsPerStep / (productMicros * 1e3);
        return String.format(Locale.ROOT, "products %.0f%% of the step (at %.0f%% of the roof), other ops %.0f%%, "
                + "between calls %.0f%%; %.0f engine calls", 100 * productMicros / stepMicros,
                100 * productGflops / roofGflops, 100 * (opMicros - productMicros) / stepMicros,
                100 * (stepMicros - opMicros) / stepMicros, calls.fromJava());
    }
}
