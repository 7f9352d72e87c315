package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import latentlab.data.BundledMnist;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.engine.Engines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A window decodes from snapshots on its own thread while training runs: the run must not notice.
 * The same seed gives the same losses with and without a decoder working beside it.
 */
class DecodingWhileTrainingTest {
    static DataSplit data;

    @BeforeAll
    static void load() throws Exception {
        Engines.configure(Engines.Mode.HEADLESS);
        DataSplit full = new BundledMnist().load();
        data = new DataSplit("mnist", full.train().subset("mnist/train", range(2048)), full.validation());
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static List<Double> train(boolean decodeAlongside) throws Exception {
        ModelSpec spec = ModelSpec.defaults(ModelKind.VAE, 2);
        List<Double> totals = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger decodes = new AtomicInteger();
        try (TrainingService service = new TrainingService(ModelFactory.standard())) {
            TrainingPlan plan = new TrainingPlan(data, List.of(SessionConfig.fresh("m", spec, null)), 2, 128, 1e-3, 5,
                    8, 256);
            TrainingRun run = service.start(plan, e -> {
                if (e instanceof TrainingEvent.EpochEnded end) {
                    totals.add(end.metrics().validation().get("total"));
                }
            });
            Thread decoder = new Thread(() -> {
                SnapshotCodec codec = null;
                try {
                    while (!done.get()) {
                        ParamSnapshot p = run.latestSnapshot("m");
                        if (p != null) {
                            if (codec == null) {
                                codec = new SnapshotCodec(ModelFactory.standard(), spec, p);
                            } else {
                                codec.update(p);
                            }
                            codec.decode(new float[] {0.5f, -0.5f}, null);
                            codec.encode(data.validation().image(0), null);
                            decodes.incrementAndGet();
                        }
                        run.requestSnapshot();
                    }
                } finally {
                    if (codec != null) {
                        codec.close();
                    }
                }
            }, "decoder");
            if (decodeAlongside) {
                decoder.start();
            }
            TrainingEvent last = run.await(120, TimeUnit.SECONDS);
            done.set(true);
            decoder.join(10_000);
            assertInstanceOf(TrainingEvent.Completed.class, last, String.valueOf(last));
            if (decodeAlongside) {
                assertTrue(decodes.get() > 5, "the decoder ran alongside: " + decodes.get());
            }
        }
        return totals;
    }

    @Test
    void decodingFromSnapshotsLeavesTheRunUnchanged() throws Exception {
        List<Double> alone = train(false);
        List<Double> withDecoder = train(true);
        assertEquals(2, alone.size());
        assertTrue(Double.isFinite(withDecoder.get(1)), withDecoder.toString());
        assertEquals(alone, withDecoder);
    }
}
