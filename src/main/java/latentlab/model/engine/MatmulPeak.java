package latentlab.model.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The machine's practical compute roof for training: the GFLOP/s of a large square float32 matrix
 * product through the engine, on the threads the engine was started with.
 */
public final class MatmulPeak {
    private MatmulPeak() {
    }

    /** Best of {@code repeats} timed products of two {@code n x n} matrices, after one warm-up. */
    public static double gflops(int n, int repeats) {
        try (NDManager m = Engines.newManager()) {
            NDArray a = m.randomUniform(-1, 1, new Shape(n, n));
            NDArray b = m.randomUniform(-1, 1, new Shape(n, n));
            a.matMul(b).close();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                try (NDArray c = a.matMul(b)) {
                    // Reading one value waits for the product on devices that run asynchronously.
                    c.get(0, 0).getFloat();
                }
                best = Math.min(best, System.nanoTime() - t0);
            }
            return 2.0 * n * n * n / best;
        }
    }
}
