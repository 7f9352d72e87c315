package latentlab.model.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import latentlab.model.StepContext;
import latentlab.model.testing.EngineFixture;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.api.Test;

class KlDivergenceTest extends EngineTest {
    @Test
    void theStandardNormalHasNoDivergenceFromItself() {
        try (NDManager step = manager.newSubManager()) {
            assertEquals(0f, KlDivergence.toStandardNormal(step.zeros(new Shape(4, 3)), step.zeros(new Shape(4, 3)))
                    .getFloat(), 1e-7f);
        }
    }

    @Test
    void matchesTheClosedFormPerSampleAveragedOverTheBatch() {
        float[] mu = {1f, -2f, 0.5f, 0f};
        float[] logvar = {0f, 0.5f, -1f, 2f};
        double sum = 0;
        for (int i = 0; i < mu.length; i++) {
            sum += -0.5 * (1 + logvar[i] - mu[i] * mu[i] - Math.exp(logvar[i]));
        }
        try (NDManager step = manager.newSubManager()) {
            float got = KlDivergence.toStandardNormal(step.create(mu, new Shape(2, 2)),
                    step.create(logvar, new Shape(2, 2))).getFloat();
            assertEquals(sum / 2, got, 1e-5);
        }
    }

    @Test
    void warmUpRampsTheWeightLinearlyToBeta() {
        KlSchedule schedule = new KlSchedule(4.0, 4);
        assertEquals(0.0, schedule.weight(new StepContext(0, 0, true)));
        assertEquals(2.0, schedule.weight(new StepContext(2, 100, true)));
        assertEquals(4.0, schedule.weight(new StepContext(9, 900, true)));
        assertEquals(4.0, new KlSchedule(4.0, 0).weight(new StepContext(0, 0, true)));
    }
}
