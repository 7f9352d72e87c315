package latentlab.model.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Random;
import latentlab.model.Autoencoder;
import latentlab.model.family.Autoencoders;
import latentlab.model.LossTerms;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.StepContext;
import latentlab.model.engine.Engines;

/**
 * Samples per second of training steps (loss, backward, plain SGD update) at batch 128, for the
 * classic VAE 784-400-20 and the deep AE 784-128-64-12-d. Not a test: run by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) latentlab.model.bench.VaeStepBenchmark}.
 * On a machine other processes are using, set {@code OMP_WAIT_POLICY=PASSIVE}: spinning engine
 * threads otherwise slow every op down many times over.
 */
public final class VaeStepBenchmark {
    private static final int BATCH = 128;
    private static final int CHUNKS = 5;

    public static void main(String[] args) {
        Engines.configure(Engines.Mode.HEADLESS);
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (NDManager root = Engines.newManager()) {
            run(root, "vae 784-400-20", ModelSpec.defaults(ModelKind.VAE, 20), steps);
            run(root, "ae 784-128-64-12-3", ModelSpec.defaults(ModelKind.AE, 3), steps);
            run(root, "conv-vae 16,32 d=20", ModelSpec.defaults(ModelKind.CONV_VAE, 20), steps / 5);
        }
    }

    private static void run(NDManager root, String name, ModelSpec spec, int steps) {
        Random random = new Random(1);
        float[] pixels = new float[BATCH * spec.inputSize()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextFloat() < 0.8f ? 0f : random.nextFloat();
        }
        try (Autoencoder model = Autoencoders.create(spec, root, 1)) {
            model.parameters().values().forEach(p -> p.getArray().setRequiresGradient(true));
            List<Parameter> params = List.copyOf(model.parameters().values());
            for (boolean update : new boolean[] {false, true}) {
                time(root, model, params, pixels, steps / 5, update);
                // Chunks, reported by their median: other processes on a shared machine stall some.
                double[] ms = new double[CHUNKS];
                for (int c = 0; c < CHUNKS; c++) {
                    ms[c] = 1000 * time(root, model, params, pixels, steps / CHUNKS, update) / (steps / CHUNKS);
                }
                double[] sorted = ms.clone();
                java.util.Arrays.sort(sorted);
                double median = sorted[CHUNKS / 2];
                System.out.printf("%-22s %-26s %8.0f samples/s (median %.2f ms/step; best %.2f, worst %.2f)%n",
                        name, update ? "loss+backward+SGD update" : "loss+backward", BATCH * 1000 / median, median,
                        sorted[0], sorted[CHUNKS - 1]);
            }
        }
    }

    private static double time(NDManager root, Autoencoder model, List<Parameter> params, float[] pixels, int steps,
            boolean update) {
        long start = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            try (NDManager step = root.newSubManager()) {
                NDArray x = step.create(pixels, new Shape(BATCH, model.spec().inputSize()));
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    LossTerms loss = model.loss(x, null, new StepContext(0, s, true));
                    gc.backward(loss.total());
                }
                if (update) {
                    for (Parameter p : params) {
                        NDArray w = p.getArray();
                        NDArray g = w.getGradient();
                        NDArray delta = g.mul(1e-6f);
                        w.subi(delta);
                        g.subi(g);
                        delta.close();
                        g.close();
                    }
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
