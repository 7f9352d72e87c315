package latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.engine.EngineInfo;
import org.junit.jupiter.api.Test;

/** The section the suite writes into docs/BENCHMARKS.md, from given figures. */
class SuiteReportTest {
    private static final EngineInfo CPU = new EngineInfo("PyTorch", "2.5.1", "0.32.0", false, "CPU",
            "no GPU was found", 1, 2, 2);

    private static String report(EngineInfo info) {
        SuiteReport r = new SuiteReport(info, "no /usr/bin/python3 (Debian's python3-torch)");
        ModelSpec conv = ModelSpec.defaults(ModelKind.CONV_VAE, 20);
        r.add(new ThroughputRow.Result("conv-vae", conv, 128, 1000, new ReferenceModels.Figures(400, "1.13.0a0", 10),
                80, "products 60% of the step"));
        r.add(new ThroughputRow.Result("vae", ModelSpec.defaults(ModelKind.VAE, 20), 512, 15000, null, 80, "-"));
        ModelSpec vae2 = ModelSpec.defaults(ModelKind.VAE, 2);
        r.memory(new MemoryRun.Result(50, new MemoryRun.Memory(400, 300, 40), new MemoryRun.Memory(402, 301, 41), 900, vae2,
                null));
        r.interactive(new InteractiveFigures.Result(0.2, 0.5, 4, 800, "Fashion-MNIST's 70,000 images", 950));
        return r.markdown("java -jar target/latentlab.jar bench suite", null);
    }

    @Test
    void eachRowGivesTheRatioTheRoofFractionAndHowTheReferenceWasTimed() {
        String md = report(CPU);
        // 9.37 MFLOP per image at 1,000 images/s is 9.37 GFLOP/s: 11.7% of an 80 GFLOP/s roof.
        assertTrue(md.contains("| conv-vae (784-c16-c32-20) | 128 | 1,000 | 400 (PyTorch 1.13.0a0; 10 batches per epoch)"
                + " | 2.5x | 9.37 | 80.0 | 11.7% | products 60% of the step |"), md);
        assertTrue(md.contains("| vae (784-400-20) | 512 | 15,000 | not run (no /usr/bin/python3 (Debian's python3-torch))"
                + " | - |"), md);
        assertTrue(md.contains("growth since epoch 5: +2.0 MiB resident (+1.0 outside the heap), +1.0 MiB heap"), md);
        assertTrue(md.contains("| slider move to decoded image | p50 0.20 ms, p99 0.50 ms |"), md);
        assertTrue(md.contains("Command: `java -jar target/latentlab.jar bench suite`"), md);
    }

    @Test
    void withoutAGpuItSaysWhyInsteadOfAFigure() {
        String md = report(CPU);
        assertTrue(md.contains("\nGPU: no GPU figures: no GPU was found.\n"), md);
        assertFalse(md.contains("trained on GPU"), md);
    }

    @Test
    void onAGpuItSaysWhichFiguresAreTheGpus() {
        EngineInfo gpu = new EngineInfo("PyTorch", "2.5.1", "0.32.0", true, "GPU 0", "a CUDA GPU works", 1, 2, 2);
        assertTrue(report(gpu).contains("GPU: this run trained on GPU 0 (LatentLab's figures above are the GPU's, the "
                + "reference's the CPU's)."));
    }
}
