package latentlab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import latentlab.data.Dataset;
import latentlab.model.ModelSpec;
import latentlab.model.engine.EngineProfiler;
import latentlab.model.engine.EngineThreads;
import latentlab.model.engine.Engines;
import latentlab.model.engine.NativeHeap;
import latentlab.model.engine.Upload;

/**
 * Takes the training steps of one model the way a run takes them (the same batches, seeds, loss,
 * backward pass and Adam update as {@link TrainingLoop}), timed as they are, then again under the
 * engine's profiler: what {@code latentlab bench profile} reports.
 */
public final class StepProfiler {
    private static final long SEED = 1;
    private static final double LEARNING_RATE = 1e-3;
    private static final int WARM_UP = 20;
    private static final int CHUNKS = 5;

    /**
     * @param stepMillis wall time per step without the profiler: the median of five chunks of steps
     * @param javaBytesPerStep Java heap allocated per step by the thread that steps
     * @param copiesInPerStep values copied from Java into the engine per step ({@link Upload})
     * @param floatsOutPerStep values read back from the engine per step (the loss terms)
     * @param profiledSteps each profiled step's ops, in order, markers left out
     * @param profiledStepMicros wall time of each profiled step, as the profiler's clock saw it
     */
    public record Result(ModelSpec spec, int batch, double stepMillis, long javaBytesPerStep,
            Upload.Traffic copiesInPerStep, int floatsOutPerStep, List<List<EngineProfiler.Op>> profiledSteps,
            List<Double> profiledStepMicros) {
    }

    private StepProfiler() {
    }

    /** {@code timedSteps} timed steps, then {@code profiledSteps} under the profiler, after a warm-up. */
    public static Result profile(ModelFactory factory, Dataset train, ModelSpec spec, int batch, int timedSteps,
            int profiledSteps) throws IOException {
        NativeHeap.keepTemporariesInHeap();
        try (NDManager root = Engines.newManager();
                Session session = new Session(SessionConfig.fresh(spec.kind().cliName(), spec, null), root, factory,
                        SEED)) {
            // As on the training thread: only the gradient collector records graphs.
            EngineThreads.noGradients();
            Steps steps = new Steps(session, root, new BatchLoader(train, batch), Math.max(1, train.size() / batch),
                    train.size());
            for (int i = 0; i < WARM_UP; i++) {
                steps.next();
            }
            int perChunk = Math.max(1, timedSteps / CHUNKS);
            double[] chunkMillis = new double[CHUNKS];
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                    .getThreadMXBean();
            long heap0 = threads.getCurrentThreadAllocatedBytes();
            Upload.Traffic in0 = Upload.traffic();
            int floats = 0;
            for (int c = 0; c < CHUNKS; c++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < perChunk; i++) {
                    floats = steps.next();
                }
                chunkMillis[c] = (System.nanoTime() - t0) / 1e6 / perChunk;
            }
            long n = (long) perChunk * CHUNKS;
            long heap = (threads.getCurrentThreadAllocatedBytes() - heap0) / n;
            Upload.Traffic in1 = Upload.traffic();
            Upload.Traffic in = new Upload.Traffic((in1.copies() - in0.copies()) / n, (in1.bytes() - in0.bytes()) / n);
            Arrays.sort(chunkMillis);

            EngineProfiler.start();
            List<EngineProfiler.Op> ops;
            try {
                for (int i = 0; i < profiledSteps; i++) {
                    EngineProfiler.mark(root);
                    steps.next();
                }
                EngineProfiler.mark(root);
            } finally {
                ops = EngineProfiler.stop();
            }
            List<List<EngineProfiler.Op>> perStep = new ArrayList<>();
            List<Double> stepMicros = new ArrayList<>();
            split(ops, perStep, stepMicros);
            return new Result(spec, batch, chunkMillis[CHUNKS / 2], heap, in, floats, perStep, stepMicros);
        }
    }

    /** The ops between consecutive markers, one list per step, and the time from marker to marker. */
    private static void split(List<EngineProfiler.Op> ops, List<List<EngineProfiler.Op>> perStep, List<Double> micros) {
        List<EngineProfiler.Op> current = null;
        double markEnd = Double.NEGATIVE_INFINITY;
        for (EngineProfiler.Op op : ops) {
            if (op.depth() == 0 && op.name().equals(EngineProfiler.MARK)) {
                if (current != null) {
                    perStep.add(List.copyOf(current));
                    micros.add(op.startMicros() - markEnd);
                }
                current = new ArrayList<>();
                markEnd = op.endMicros();
            } else if (current != null && op.startMicros() >= markEnd) {
                // Ops that start inside a marker are its own.
                current.add(op);
            }
        }
    }

    /** Consecutive batches of the shuffled training set, epoch after epoch, stepped as a run steps them. */
    private static final class Steps {
        private final Session session;
        private final NDManager root;
        private final BatchLoader loader;
        private final int batchesPerEpoch;
        private final int size;
        private int epoch;
        private int batch;
        private int[] order;

        Steps(Session session, NDManager root, BatchLoader loader, int batchesPerEpoch, int size) {
            this.session = session;
            this.root = root;
            this.loader = loader;
            this.batchesPerEpoch = batchesPerEpoch;
            this.size = size;
            this.order = BatchOrder.ofEpoch(SEED, 0, size);
        }

        /** One step; returns how many loss values it read back from the engine. */
        int next() {
            if (batch == batchesPerEpoch) {
                batch = 0;
                order = BatchOrder.ofEpoch(SEED, ++epoch, size);
            }
            try (NDManager bm = root.newSubManager()) {
                BatchLoader.Batch b = loader.load(bm, order, batch);
                Engine.getInstance().setRandomSeed((int) BatchOrder.mix(SEED, epoch, batch));
                batch++;
                return session.step(b, epoch, LEARNING_RATE).size();
            }
        }
    }
}
