package latentlab.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KnnAccuracyTest {
    @Test
    void separableClassesAreAllRight() {
        float[] reference = {0, 0, 0.5f, 0.2f, 0.1f, 0.4f, 10, 10, 10.5f, 9.8f, 9.7f, 10.1f};
        int[] labels = {0, 0, 0, 1, 1, 1};
        float[] queries = {0.3f, 0.3f, 10.2f, 10.2f};
        assertEquals(1.0, KnnAccuracy.accuracy(reference, labels, queries, new int[] {0, 1}, 2, 3));
    }

    @Test
    void countsTheMajorityOfTheKNearest() {
        // 1-D codes: class 0 at 0, 1, 2 and class 1 at 10, 11, 12. The query at 1.9 labelled 1 has
        // three class-0 neighbours and is wrong; the other two are right: 2/3.
        float[] reference = {0, 1, 2, 10, 11, 12};
        int[] labels = {0, 0, 0, 1, 1, 1};
        assertEquals(2.0 / 3, KnnAccuracy.accuracy(reference, labels, new float[] {0.5f, 11, 1.9f},
                new int[] {0, 1, 1}, 1, 3), 1e-12);
    }

    @Test
    void aTieGoesToTheClassOfTheNearestTiedCode() {
        float[] reference = {0, 1};
        int[] labels = {1, 0};
        assertEquals(1.0, KnnAccuracy.accuracy(reference, labels, new float[] {0.4f}, new int[] {1}, 1, 2));
        assertEquals(0.0, KnnAccuracy.accuracy(reference, labels, new float[] {0.6f}, new int[] {1}, 1, 2));
    }
}
