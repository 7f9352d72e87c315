package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.Random;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.metrics.Progress;
import org.junit.jupiter.api.Test;

class SemiSupervisedTest {
    private static final int CLASSES = 4;

    /** 4x4 images of pure noise: nothing in the pixels tells the classes apart. */
    private static Dataset noise(String id, int n, long seed) {
        Random r = new Random(seed);
        float[] px = new float[n * 16];
        for (int i = 0; i < px.length; i++) {
            px[i] = r.nextFloat();
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % CLASSES;
        }
        return new Dataset(id, px, labels, 4, 4, List.of("a", "b", "c", "d"));
    }

    /** Codes that know the class: one-hot of the label, blurred by a little noise. */
    private static float[] telling(Dataset set, long seed) {
        Random r = new Random(seed);
        float[] codes = new float[set.size() * CLASSES];
        for (int i = 0; i < set.size(); i++) {
            for (int c = 0; c < CLASSES; c++) {
                codes[i * CLASSES + c] = (c == set.label(i) ? 1 : 0) + (float) (0.1 * r.nextGaussian());
            }
        }
        return codes;
    }

    @Test
    void codesThatKnowTheClassBeatPixelsThatDoNot() {
        DataSplit data = new DataSplit("noise", noise("noise/train", 400, 1), noise("noise/validation", 200, 2));
        SemiSupervisedTable t = SemiSupervised.evaluate(telling(data.train(), 3), telling(data.validation(), 4),
                CLASSES, data, List.of(4, 40), 7);
        assertEquals(6, t.rows().size());
        assertEquals(List.of(4, 4, 4, 40, 40, 40), t.rows().stream().map(SemiSupervisedTable.Row::labelled).toList());
        assertEquals(200, t.validationSize());
        for (int count : new int[] {4, 40}) {
            assertEquals(1.0, t.row(count, SemiSupervisedTable.Features.CODES).orElseThrow().accuracy(), "" + count);
            double pixels = t.row(count, SemiSupervisedTable.Features.PIXELS).orElseThrow().accuracy();
            double pca = t.row(count, SemiSupervisedTable.Features.PCA).orElseThrow().accuracy();
            assertTrue(pixels < 0.45 && pca < 0.45, "noise is near chance (0.25): " + pixels + ", " + pca);
        }
        assertEquals(16, t.row(4, SemiSupervisedTable.Features.PIXELS).orElseThrow().featureCount());
        assertEquals(CLASSES, t.row(4, SemiSupervisedTable.Features.PCA).orElseThrow().featureCount());
    }

    @Test
    void codesOfTheWrongSizeAreRefused() {
        DataSplit data = new DataSplit("noise", noise("noise/train", 40, 1), noise("noise/validation", 20, 2));
        assertThrows(IllegalArgumentException.class,
                () -> SemiSupervised.evaluate(new float[40 * 3], new float[20 * CLASSES], CLASSES, data, List.of(4), 1));
    }

    @Test
    void progressRisesToTheEndAndCancellingStopsIt() {
        DataSplit data = new DataSplit("noise", noise("noise/train", 400, 1), noise("noise/validation", 200, 2));
        ScalingCodec codec = new ScalingCodec(1);
        List<Double> fractions = new ArrayList<>();
        SemiSupervisedTable t = SemiSupervised.evaluate(codec, data, List.of(4, 40), 7, (f, m) -> fractions.add(f));
        assertEquals(SemiSupervised.evaluate(codec, data, List.of(4, 40), 7), t, "progress changes nothing");
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "never backwards: " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertTrue(fractions.size() >= 2 + 6, "a report per split and per classifier: " + fractions);

        int[] reports = {0};
        Progress stopAfterTwo = new Progress() {
            @Override
            public void report(double fraction, String message) {
                reports[0]++;
            }

            @Override
            public boolean cancelled() {
                return reports[0] >= 2;
            }
        };
        assertThrows(CancellationException.class,
                () -> SemiSupervised.evaluate(codec, data, List.of(4, 40), 7, stopAfterTwo));
        assertEquals(2, reports[0], "nothing reported after the cancel");
    }
}
