package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import latentlab.data.BundledMnist;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.engine.Engines;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.train.checkpoint.EpochMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A VAE stopped after one epoch and resumed draws the same sampling noise as one never stopped. */
class VaeResumeTest {
    static DataSplit data;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        Engines.configure(Engines.Mode.HEADLESS);
        DataSplit full = new BundledMnist().load();
        data = new DataSplit("mnist", full.train().subset("mnist/train", DecodingWhileTrainingTest.range(1024)),
                full.validation().subset("mnist/validation", DecodingWhileTrainingTest.range(256)));
    }

    private static List<EpochMetrics> run(TrainingService service, SessionConfig session, int epochs) throws Exception {
        List<EpochMetrics> out = new ArrayList<>();
        TrainingPlan plan = new TrainingPlan(data, List.of(session), epochs, 128, 1e-3, 11, 4, 64);
        TrainingRun r = service.start(plan, e -> {
            if (e instanceof TrainingEvent.EpochEnded end) {
                out.add(end.metrics());
            }
        });
        assertInstanceOf(TrainingEvent.Completed.class, r.await(120, TimeUnit.SECONDS));
        return out;
    }

    @Test
    void resumingContinuesTheLossCurveExactly() throws Exception {
        ModelSpec spec = ModelSpec.defaults(ModelKind.VAE, 4);
        try (TrainingService service = new TrainingService(ModelFactory.standard())) {
            List<EpochMetrics> straight = run(service, SessionConfig.fresh("m", spec, dir.resolve("a")), 2);
            run(service, SessionConfig.fresh("m", spec, dir.resolve("b")), 1);
            List<EpochMetrics> resumed = run(service,
                    SessionConfig.resume("m", Checkpoints.load(dir.resolve("b"), spec), dir.resolve("b")), 2);
            assertEquals(1, resumed.size(), "only the second epoch is trained");
            assertEquals(straight.get(1).train(), resumed.get(0).train());
            assertEquals(straight.get(1).validation(), resumed.get(0).validation());
        }
    }
}
