package latentlab.train.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import ai.djl.ndarray.NDManager;
import latentlab.data.BundledMnist;
import latentlab.data.DataSplit;
import latentlab.model.engine.Engines;
import latentlab.model.Tensor;
import latentlab.model.classifier.ReferenceCnn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The classifier learns digits from the training split alone, and a seed repeats a run to the bit. */
class ClassifierTrainingTest {
    private static DataSplit data;

    @BeforeAll
    static void load() throws Exception {
        Engines.configure(Engines.Mode.HEADLESS);
        DataSplit full = new BundledMnist().load();
        data = new DataSplit("mnist", full.train().subset("mnist/train", range(1500)),
                full.validation().subset("mnist/validation", range(400)));
    }

    private static int[] range(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    @Test
    void learnsDigitsAndRepeatsItselfWithTheSameSeed() {
        ClassifierTraining.Settings settings = new ClassifierTraining.Settings(2, 64, 2e-3, 7);
        List<ClassifierInfo.Epoch> heard = new ArrayList<>();
        ClassifierTraining.Result first = ClassifierTraining.train(data, settings, (e, total) -> heard.add(e));
        assertEquals(2, heard.size());
        assertTrue(heard.get(1).trainLoss() < heard.get(0).trainLoss(), heard.toString());
        double accuracy = first.info().validationAccuracy();
        assertTrue(accuracy > 0.6, "validation accuracy " + accuracy + " after two epochs on 1,500 digits");
        try (NDManager m = Engines.newManager(); ReferenceCnn untrained = new ReferenceCnn(m, 7)) {
            double before = ClassifierTraining.accuracy(untrained.snapshot(), data.validation());
            assertTrue(before < 0.3, "an untrained network is right " + before + " of the time");
        }
        assertEquals(accuracy, ClassifierTraining.accuracy(first.parameters(), data.validation()), 1e-12);
        assertEquals(1500, first.info().trainImages());

        ClassifierTraining.Result again = ClassifierTraining.train(data, settings, (e, total) -> { });
        for (String name : first.parameters().values().keySet()) {
            Tensor a = first.parameters().values().get(name);
            assertArrayEquals(a.data(), again.parameters().values().get(name).data(), name);
        }
    }

    @Test
    void theLearningRateFallsAlongHalfACosine() {
        ClassifierTraining.Settings s = new ClassifierTraining.Settings(10, 64, 2e-3, 1);
        assertEquals(2e-3, s.rate(0), 1e-15);
        assertEquals(1e-3, s.rate(5), 1e-15);
        assertEquals(1e-3 * (1 + Math.cos(0.9 * Math.PI)), s.rate(9), 1e-15);
    }
}
