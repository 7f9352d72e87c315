package latentlab.train;

import java.util.List;
import java.util.Random;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;

/** Small synthetic data and models for training tests: 8x8 images of 4 noisy class prototypes. */
final class TrainingFixtures {
    static final int SIDE = 8;

    private TrainingFixtures() {
    }

    static ModelSpec spec() {
        return ModelSpec.defaults(ModelKind.AE, 2).fittedTo(SIDE, 4).with(Settings.HIDDEN, List.of(16));
    }

    static DataSplit data(int train, int validation) {
        return new DataSplit("synthetic", images("synthetic/train", train, 1), images("synthetic/val", validation, 2));
    }

    static Dataset images(String id, int n, long seed) {
        Random r = new Random(seed);
        int p = SIDE * SIDE;
        float[] px = new float[n * p];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = r.nextInt(4);
            labels[i] = c;
            for (int j = 0; j < p; j++) {
                int row = j / SIDE;
                int col = j % SIDE;
                boolean on = switch (c) {
                    case 0 -> row < SIDE / 2;
                    case 1 -> col < SIDE / 2;
                    case 2 -> row == col || row + col == SIDE - 1;
                    default -> (row + col) % 2 == 0;
                };
                px[i * p + j] = (float) Math.min(1, Math.max(0, (on ? 0.9 : 0.1) + 0.1 * r.nextGaussian()));
            }
        }
        return new Dataset(id, px, labels, SIDE, SIDE, List.of("a", "b", "c", "d"));
    }

    static ModelFactory factory() {
        return TinyAutoencoder::new;
    }
}
