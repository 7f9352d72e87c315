package latentlab.model.testing;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/**
 * Small labelled images with structure a model can learn: class c is a bright bar (horizontal for
 * even c, vertical for odd c) at a position set by c, with a random brightness and faint noise.
 */
public final class SyntheticImages {
    public final float[] pixels;
    public final int[] labels;
    public final int side;
    public final int count;

    public SyntheticImages(int count, int side, int classes, long seed) {
        Random random = new Random(seed);
        this.side = side;
        this.count = count;
        pixels = new float[count * side * side];
        labels = new int[count];
        for (int i = 0; i < count; i++) {
            int c = random.nextInt(classes);
            labels[i] = c;
            int line = (c / 2 * 2 + 1) % side;
            float brightness = 0.6f + 0.4f * random.nextFloat();
            for (int r = 0; r < side; r++) {
                for (int col = 0; col < side; col++) {
                    boolean on = c % 2 == 0 ? r == line : col == line;
                    float v = (on ? brightness : 0f) + 0.05f * random.nextFloat();
                    pixels[(i * side + r) * side + col] = Math.min(1f, v);
                }
            }
        }
    }

    public NDArray images(NDManager m) {
        return m.create(pixels, new Shape(count, (long) side * side));
    }

    public NDArray labels(NDManager m) {
        return m.create(labels);
    }
}
