package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import org.junit.jupiter.api.Test;

class ComparisonPlannerTest {
    private static final DataSplit DATA = TrainingFixtures.data(64, 16);

    @Test
    void anAeAndAVaeShareArchitectureLatentSizeDataAndSeed() throws Exception {
        ModelSpec asked = ModelSpec.defaults(ModelKind.DAE, 3).with(Settings.HIDDEN, List.of(32, 16));
        TrainingPlan plan = ComparisonPlanner.aeVersusVae(new RunPlanner.Request(asked, DATA, 4, 32, 2e-3, 9L),
                Path.of("runs"));
        assertEquals(2, plan.sessions().size());
        ModelSpec ae = plan.sessions().get(0).spec();
        ModelSpec vae = plan.sessions().get(1).spec();
        assertEquals(ModelKind.AE, ae.kind());
        assertEquals(ModelKind.VAE, vae.kind());
        for (ModelSpec s : List.of(ae, vae)) {
            assertEquals(List.of(32, 16), s.hidden(), "the asked hidden layers, in both");
            assertEquals(3, s.latentDim());
            assertEquals(DATA.train().rows(), s.imageSide(), "fitted to the data");
        }
        assertEquals(Path.of("runs", "ae"), plan.sessions().get(0).checkpointDir());
        assertEquals(Path.of("runs", "vae"), plan.sessions().get(1).checkpointDir());
        assertEquals(9L, plan.seed());
        assertEquals(4, plan.epochs());
        assertEquals(32, plan.batchSize());
        assertEquals(2e-3, plan.learningRate());
    }

    @Test
    void aConvolutionalRequestKeepsItsLatentSizeWithTheMlpPreset() throws Exception {
        ModelSpec asked = ModelSpec.defaults(ModelKind.CONV_VAE, 5);
        TrainingPlan plan = ComparisonPlanner.aeVersusVae(new RunPlanner.Request(asked, DATA, 1, null, null, null),
                null);
        ModelSpec ae = plan.sessions().get(0).spec();
        assertEquals(ModelSpec.defaults(ModelKind.AE, 5).hidden(), ae.hidden());
        assertEquals(ae.hidden(), plan.sessions().get(1).spec().hidden());
        assertEquals(RunPlanner.DEFAULT_SEED, plan.seed());
    }

    @Test
    void badSettingsAreRefusedWithTheReason() {
        ModelSpec asked = ModelSpec.defaults(ModelKind.AE, 2);
        RunPlanner.Refused e = assertThrows(RunPlanner.Refused.class,
                () -> ComparisonPlanner.aeVersusVae(new RunPlanner.Request(asked, DATA, 0, null, null, null), null));
        assertTrue(e.problems().get(0).contains("epochs must be at least 1"), e.problems().toString());
    }
}
