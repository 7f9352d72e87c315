package latentlab.ui.plot;

import java.util.List;
import java.util.Random;
import latentlab.latent.EmbeddingData;

/** Small labelled code sets for the embedding tests. */
public final class EmbeddingFixtures {

    private EmbeddingFixtures() {
    }

    /** Points on a 3x3 grid at (0..2, 0..2), class = column; tiny images whose brightness is the class. */
    public static EmbeddingData grid2d() {
        float[] codes = new float[18];
        int[] labels = new int[9];
        float[] images = new float[9 * 4];
        for (int i = 0; i < 9; i++) {
            codes[2 * i] = i % 3;
            codes[2 * i + 1] = i / 3;
            labels[i] = i % 3;
            java.util.Arrays.fill(images, i * 4, i * 4 + 4, (i % 3) / 2f);
        }
        return new EmbeddingData(codes, 2, labels, List.of("zero", "one", "two"), images, 2);
    }

    /** n codes of {@code dim} in clusters by class. */
    public static EmbeddingData clusters(int n, int dim, int classes, long seed) {
        Random r = new Random(seed);
        float[] codes = new float[n * dim];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
            for (int j = 0; j < dim; j++) {
                codes[i * dim + j] = (float) (r.nextGaussian() * 0.5 + (j % classes == labels[i] ? 4 : 0));
            }
        }
        List<String> names = new java.util.ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return new EmbeddingData(codes, dim, labels, names, null, 28);
    }
}
