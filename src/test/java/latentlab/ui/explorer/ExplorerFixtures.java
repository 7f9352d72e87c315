package latentlab.ui.explorer;

import java.util.List;
import java.util.Random;
import latentlab.latent.EmbeddingData;

final class ExplorerFixtures {

    private ExplorerFixtures() {
    }

    /** 200 samples with codes of {@code dim}: dimension j spans roughly [j, j + 10]. */
    static EmbeddingData data(int dim) {
        Random r = new Random(4);
        int n = 200;
        float[] codes = new float[n * dim];
        int[] labels = new int[n];
        float[] images = new float[n * 784];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < dim; j++) {
                codes[i * dim + j] = j + 10f * i / (n - 1);
            }
            for (int p = 0; p < 784; p++) {
                images[i * 784 + p] = r.nextFloat();
            }
        }
        return new EmbeddingData(codes, dim, labels, List.of("a", "b", "c"), images, 28);
    }
}
