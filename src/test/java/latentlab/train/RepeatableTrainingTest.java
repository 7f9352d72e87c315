package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import latentlab.data.BundledMnist;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.Tensor;
import latentlab.model.engine.Engines;
import latentlab.train.checkpoint.EpochMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A seed and a thread count fix a run to the last bit, on real 28x28 digits with the real models,
 * whatever the Java side does meanwhile. Memory that the engine reads after Java let go of it, a
 * reused buffer, or an op whose result depends on thread timing shows here as a run that differs
 * from its twin or turns to NaN.
 */
class RepeatableTrainingTest {
    private static DataSplit data;
    private static TrainingService service;

    @BeforeAll
    static void setUp() throws Exception {
        Engines.configure(Engines.Mode.HEADLESS);
        DataSplit full = new BundledMnist().load();
        data = new DataSplit("mnist", full.train().subset("mnist/train", range(640)),
                full.validation().subset("mnist/validation", range(200)));
        service = new TrainingService(ModelFactory.standard());
    }

    @AfterAll
    static void tearDown() {
        service.close();
    }

    private static int[] range(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** The epoch's losses and the weights after it. */
    private record Outcome(EpochMetrics metrics, ParamSnapshot params) {
    }

    private static final Map<ModelKind, Outcome> QUIET = new java.util.EnumMap<>(ModelKind.class);

    /** The quiet run of {@code kind}, trained once for both tests. */
    private static Outcome quiet(ModelKind kind) throws Exception {
        Outcome o = QUIET.get(kind);
        if (o == null) {
            o = train(kind, false);
            QUIET.put(kind, o);
        }
        return o;
    }

    private static Outcome train(ModelKind kind, boolean pressure) throws Exception {
        ModelSpec spec = ModelSpec.defaults(kind, 2);
        TrainingPlan plan = new TrainingPlan(data, List.of(SessionConfig.fresh("m", spec, null)), 1, 64, 1e-3, 5,
                0, 0);
        List<EpochMetrics> epochs = new ArrayList<>();
        TrainingRun run = service.start(plan, e -> {
            if (e instanceof TrainingEvent.EpochEnded end) {
                epochs.add(end.metrics());
            }
        });
        AtomicBoolean done = new AtomicBoolean();
        Thread churn = new Thread(() -> churn(done), "memory-pressure");
        if (pressure) {
            churn.start();
        }
        TrainingEvent end;
        try {
            end = run.await();
        } finally {
            done.set(true);
            if (pressure) {
                churn.join();
            }
        }
        assertInstanceOf(TrainingEvent.Completed.class, end, kind + " did not complete: " + end);
        assertEquals(1, epochs.size());
        return new Outcome(epochs.get(0), run.latestSnapshot("m"));
    }

    /**
     * Allocates heap arrays and direct buffers as fast as it can, so that young collections run
     * every few milliseconds and memory Java frees is handed out and written again at once, with
     * a full collection now and then.
     */
    private static void churn(AtomicBoolean done) {
        List<Object> live = new ArrayList<>();
        for (long i = 0; !done.get(); i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(1 << 18);
            while (b.hasRemaining()) {
                b.putLong(0x7fc00000_7fc00000L);
            }
            live.add(b);
            live.add(new float[1 << 16]);
            if (live.size() > 64) {
                live.clear();
            }
            if (i % 200 == 0) {
                System.gc();
            }
        }
    }

    private static void assertSame(Outcome a, Outcome b, String what) {
        assertEquals(a.metrics().train(), b.metrics().train(), what + ": training losses");
        assertEquals(a.metrics().validation(), b.metrics().validation(), what + ": validation losses");
        for (Map.Entry<String, Tensor> e : a.params().values().entrySet()) {
            assertArrayEquals(e.getValue().data(), b.params().values().get(e.getKey()).data(),
                    what + ": parameter " + e.getKey());
        }
    }

    private static void assertFinite(Outcome o, ModelKind kind) {
        for (Map<String, Double> losses : List.of(o.metrics().train(), o.metrics().validation())) {
            losses.forEach((term, v) -> assertTrue(Double.isFinite(v), kind + ": " + term + " is " + v));
        }
        o.params().values().forEach((name, t) -> {
            for (float v : t.data()) {
                assertTrue(Float.isFinite(v), kind + ": parameter " + name + " holds " + v);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"CONV_AE", "CONV_VAE"})
    void convolutionalTrainingIsRepeatableToTheLastBit(ModelKind kind) throws Exception {
        Outcome first = quiet(kind);
        assertFinite(first, kind);
        assertSame(first, train(kind, false), kind + ", two runs of one seed");
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void garbageCollectionBesideTrainingChangesNothing(ModelKind kind) throws Exception {
        Outcome quiet = quiet(kind);
        Outcome pressed = train(kind, true);
        assertFinite(pressed, kind);
        assertSame(quiet, pressed, kind + ", quiet run against one under memory pressure");
    }
}
