package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.model.engine.EngineProfiler;
import latentlab.model.engine.FusedOps;
import latentlab.model.testing.EngineFixture;
import org.junit.jupiter.api.Test;

/** The profile of a step reports the step a run takes: what crosses to the engine, and one update. */
class StepProfilerTest {

    @Test
    void aVaeStepUploadsItsBatchAndNoiseAndUpdatesOnceInOneCall() throws Exception {
        EngineFixture.newManager().close();
        DataSplit data = TrainingFixtures.data(64, 16);
        ModelSpec spec = ModelSpec.defaults(ModelKind.VAE, 3).fittedTo(TrainingFixtures.SIDE, 4)
                .with(Settings.HIDDEN, List.of(16));
        int batch = 16;
        StepProfiler.Result r = StepProfiler.profile(ModelFactory.standard(), data.train(), spec, batch, 10, 3);

        int pixels = TrainingFixtures.SIDE * TrainingFixtures.SIDE;
        // The batch's pixels, its labels, and the noise of the reparameterisation: nothing else.
        assertEquals(3, r.copiesInPerStep().copies());
        assertEquals(4L * (batch * pixels + batch + batch * 3), r.copiesInPerStep().bytes());
        // The total and its three terms.
        assertEquals(4, r.floatsOutPerStep());
        assertTrue(r.stepMillis() > 0);
        assertEquals(3, r.profiledSteps().size());
        for (List<EngineProfiler.Op> step : r.profiledSteps()) {
            long updates = step.stream().filter(op -> op.depth() == 0 && op.name().equals(FusedOps.ADAM_STEP)).count();
            assertEquals(1, updates, "one optimizer call per step: " + step);
            assertTrue(step.stream().anyMatch(op -> op.name().equals("aten::_fused_adam_")), "the fused kernel ran");
            assertTrue(step.stream().noneMatch(op -> op.name().equals(EngineProfiler.MARK)), "markers are left out");
        }
    }
}
