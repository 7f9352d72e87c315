package latentlab.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** No GPU, or a GPU whose CUDA start fails: training falls back to the CPU and says why. */
class DeviceChoiceTest {

    private static DeviceChoice.Probe probe(int gpus, boolean runtime, RuntimeException onCompute) {
        return new DeviceChoice.Probe() {
            @Override
            public int gpuCount() {
                if (gpus < 0) {
                    throw new UnsatisfiedLinkError("libcudart.so.12: cannot open shared object file");
                }
                return gpus;
            }

            @Override
            public boolean cudaRuntimePresent() {
                return runtime;
            }

            @Override
            public void testComputation() {
                if (onCompute != null) {
                    throw onCompute;
                }
            }
        };
    }

    @Test
    void noGpuMeansTheCpuWithTheReason() {
        assertEquals(new DeviceChoice(false, "no GPU was found"), DeviceChoice.decide(false, probe(0, false, null)));
        assertEquals(new DeviceChoice(false, "a CUDA runtime was found but the engine sees no usable GPU"),
                DeviceChoice.decide(false, probe(0, true, null)));
    }

    @Test
    void aCudaLibraryThatFailsToLoadMeansTheCpu() {
        assertEquals(new DeviceChoice(false, "no GPU was found"), DeviceChoice.decide(false, probe(-1, false, null)));
    }

    @Test
    void aGpuThatFailsItsFirstComputationMeansTheCpuWithTheEngineError() {
        DeviceChoice c = DeviceChoice.decide(false,
                probe(1, true, new IllegalStateException("CUDA error: no kernel image is available")));
        assertEquals(new DeviceChoice(false,
                "GPU 0 failed a test computation (CUDA error: no kernel image is available)"), c);
    }

    @Test
    void aWorkingGpuIsUsedUnlessTheUserChoseTheCpu() {
        assertEquals(new DeviceChoice(true, "GPU 0 is present and working (2 found)"),
                DeviceChoice.decide(false, probe(2, true, null)));
        assertEquals(new DeviceChoice(false, "the CPU was chosen by the user"),
                DeviceChoice.decide(true, probe(2, true, null)));
    }
}
