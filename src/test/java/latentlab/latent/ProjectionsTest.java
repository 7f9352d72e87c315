package latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProjectionsTest {

    @Test
    void codesThatFitThePlotOnlyOfferTheAxes() {
        assertEquals(List.of(ProjectionMethod.AXES), ProjectionMethod.choicesFor(2, 2));
        assertEquals(List.of(ProjectionMethod.AXES), ProjectionMethod.choicesFor(3, 3));
        assertEquals(List.of(ProjectionMethod.AXES, ProjectionMethod.PCA, ProjectionMethod.TSNE, ProjectionMethod.UMAP),
                ProjectionMethod.choicesFor(12, 2));
    }

    @Test
    void pcaFindsTheDirectionOfLargestSpread() {
        Random r = new Random(3);
        int n = 2000;
        float[] codes = new float[n * 4];
        for (int i = 0; i < n; i++) {
            double t = r.nextGaussian() * 5;
            double s = r.nextGaussian();
            codes[i * 4] = (float) (t * 0.6 + 1);
            codes[i * 4 + 1] = (float) (t * 0.8 - 2);
            codes[i * 4 + 2] = (float) s;
            codes[i * 4 + 3] = (float) (r.nextGaussian() * 0.1);
        }
        LinearProjection p = Pca.fit(codes, 4, 2);
        assertEquals(0.6, Math.abs(p.basis()[0][0]), 0.01);
        assertEquals(0.8, Math.abs(p.basis()[0][1]), 0.01);
        assertEquals(1.0, Math.abs(p.basis()[1][2]), 0.01, "second component is the unit-variance axis");
        double dot = 0;
        for (int j = 0; j < 4; j++) {
            dot += p.basis()[0][j] * p.basis()[1][j];
        }
        assertEquals(0, dot, 1e-3, "components are orthogonal");
    }

    @Test
    void linearProjectionMovesACodeWithinItsPlaneOnly() {
        LinearProjection axes = LinearProjection.axes(4, 1, 3);
        float[] moved = axes.moveTo(new float[] {5, 0, 6, 0}, new float[] {1, 2});
        assertEquals(List.of(5f, 1f, 6f, 2f), List.of(moved[0], moved[1], moved[2], moved[3]));
    }

    @Test
    void tsneRunsOnASubsampleWithProgress() {
        Random r = new Random(5);
        int n = 600;
        float[] codes = new float[n * 5];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (float) (r.nextGaussian() + (i / 5) % 3 * 6);
        }
        double[] last = {0};
        Projected p = Projections.compute(ProjectionMethod.TSNE, codes, 5, 2, new int[] {0, 1}, 200, 1,
                (f, s) -> last[0] = f, () -> false);
        assertEquals(200, p.size());
        assertEquals(400, p.points().length);
        assertNull(p.linear());
        assertEquals(1.0, last[0], 1e-9);
        assertTrue(p.indices()[199] < n);
    }

    @Test
    void umapRunsOfflineOrSaysWhyNot() {
        var reason = ProjectionMethod.UMAP.unavailableReason();
        if (reason.isPresent()) {
            assertTrue(reason.get().contains("ARPACK"), reason.get());
            return;
        }
        Random r = new Random(9);
        int n = 300;
        float[] codes = new float[n * 4];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (float) (r.nextGaussian() + (i / 4) % 2 * 8);
        }
        Projected p = Projections.compute(ProjectionMethod.UMAP, codes, 4, 2, new int[] {0, 1}, 300, 1,
                (f, s) -> { }, () -> false);
        assertTrue(p.size() > 100, "UMAP keeps the largest connected part: " + p.size());
        assertEquals(p.size() * 2, p.points().length);
    }
}
