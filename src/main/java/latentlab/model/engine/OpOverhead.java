package latentlab.model.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * What one engine call costs beyond its arithmetic: the time of an op too small to compute much
 * (the sum of two 128x20 arrays, the size of a VAE's code batch), called from Java and closed,
 * as a training step calls its ops.
 */
public final class OpOverhead {
    private static final int CHUNKS = 5;

    private OpOverhead() {
    }

    /** Microseconds per call: the median of five chunks of {@code calls / 5} calls, after a warm-up. */
    public static double micros(int calls) {
        int perChunk = Math.max(1, calls / CHUNKS);
        try (NDManager m = Engines.newManager()) {
            NDArray a = m.ones(new Shape(128, 20));
            NDArray b = m.ones(new Shape(128, 20));
            double[] chunks = new double[CHUNKS];
            for (int c = -1; c < CHUNKS; c++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < perChunk; i++) {
                    a.add(b).close();
                }
                if (c >= 0) {
                    chunks[c] = (System.nanoTime() - t0) / 1e3 / perChunk;
                }
            }
            Arrays.sort(chunks);
            return chunks[CHUNKS / 2];
        }
    }
}
