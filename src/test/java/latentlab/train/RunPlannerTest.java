package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.model.ParamSnapshot;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.CheckpointInfo;
import latentlab.train.checkpoint.OptimizerState;
import org.junit.jupiter.api.Test;

/** The one set of rules that the command line and the window both follow to start a run. */
class RunPlannerTest {
    private static final DataSplit DATA = TrainingFixtures.data(64, 16);
    private static final ModelSpec AE = ModelSpec.defaults(ModelKind.AE, 2);

    private static Checkpoint saved(ModelSpec spec, String dataset, long seed, int epoch) {
        return new Checkpoint(new CheckpointInfo(spec, dataset, seed, epoch, 32, 0.005, List.of()),
                new ParamSnapshot(Map.of()), OptimizerState.empty(0.9, 0.999, 1e-8));
    }

    @Test
    void aFreshRunFitsTheModelToTheDataAndAppliesOneSetOfDefaults() throws Exception {
        TrainingPlan plan = RunPlanner.fresh("m", new RunPlanner.Request(AE, DATA, 3, null, null, null), null);
        ModelSpec spec = plan.sessions().get(0).spec();
        assertEquals(TrainingFixtures.SIDE, spec.imageSide());
        assertEquals(4, RunPlanner.fit(ModelSpec.defaults(ModelKind.CVAE, 2), DATA.train()).get(Settings.CLASSES),
                "a conditional model knows the classes of the data");
        assertEquals(RunPlanner.DEFAULT_BATCH, plan.batchSize());
        assertEquals(RunPlanner.DEFAULT_LEARNING_RATE, plan.learningRate());
        assertEquals(RunPlanner.DEFAULT_SEED, plan.seed());
    }

    @Test
    void aResumedRunKeepsTheCheckpointsSeedBatchAndLearningRate() throws Exception {
        ModelSpec fitted = RunPlanner.fit(AE, DATA.train());
        TrainingPlan plan = RunPlanner.resume("m", new RunPlanner.Request(AE, DATA, 5, null, null, null),
                saved(fitted, DATA.sourceId(), 9, 2), null);
        assertEquals(9, plan.seed());
        assertEquals(32, plan.batchSize());
        assertEquals(0.005, plan.learningRate());
        assertEquals(2, plan.firstEpoch());
    }

    @Test
    void everyReasonNotToResumeIsNamed() throws Exception {
        ModelSpec fitted = RunPlanner.fit(AE, DATA.train());
        Checkpoint other = saved(RunPlanner.fit(ModelSpec.defaults(ModelKind.AE, 3), DATA.train()), "mnist", 9, 5);
        List<String> problems = RunPlanner.resumeProblems(new RunPlanner.Request(AE, DATA, 5, null, null, 1L), other);
        assertEquals(List.of("the checkpoint was saved for ae latent 3, not ae latent 2",
                "the checkpoint was trained on mnist, not synthetic",
                "the checkpoint was trained with seed 9; seed 1 would not continue it",
                "the checkpoint has already trained 5 epochs"), problems);
    }

    @Test
    void nonSquareImagesAndBadSettingsAreRefusedInWords() {
        Dataset wide = new Dataset("wide", new float[2 * 8 * 4], new int[] {0, 1}, 4, 8, List.of("a", "b"));
        RunPlanner.Refused e = assertThrows(RunPlanner.Refused.class, () -> RunPlanner.fit(AE, wide));
        assertEquals("the models take square images; wide has 4x8", e.getMessage());
        e = assertThrows(RunPlanner.Refused.class,
                () -> RunPlanner.fresh("m", new RunPlanner.Request(AE, DATA, 0, 0, -1.0, null), null));
        assertEquals(List.of("epochs must be at least 1, got 0", "batch size must be at least 1, got 0",
                "learning rate must be positive and below 10, got -1.0"), e.problems());
    }
}
