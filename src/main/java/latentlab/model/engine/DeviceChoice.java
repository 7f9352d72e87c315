package latentlab.model.engine;

/**
 * Where training runs and why, decided once: GPU 0 only when the engine sees it and a test
 * computation on it succeeds; otherwise the CPU, with the reason the user is shown.
 *
 * @param gpu true for GPU 0, false for the CPU
 * @param reason one sentence, shown by {@code latentlab info} and in the window
 */
record DeviceChoice(boolean gpu, String reason) {

    /** What the engine reports about GPUs; each call may fail as a broken CUDA install does. */
    interface Probe {
        int gpuCount();

        boolean cudaRuntimePresent();

        /** A small computation on GPU 0; throws when the GPU cannot be used. */
        void testComputation();
    }

    static DeviceChoice decide(boolean cpuForced, Probe probe) {
        if (cpuForced) {
            return new DeviceChoice(false, "the CPU was chosen by the user");
        }
        int gpus;
        try {
            gpus = probe.gpuCount();
        } catch (RuntimeException | LinkageError e) {
            gpus = 0;
        }
        if (gpus == 0) {
            return new DeviceChoice(false, probe.cudaRuntimePresent()
                    ? "a CUDA runtime was found but the engine sees no usable GPU"
                    : "no GPU was found");
        }
        try {
            probe.testComputation();
            return new DeviceChoice(true, "GPU 0 is present and working (" + gpus + " found)");
        } catch (RuntimeException | LinkageError e) {
            return new DeviceChoice(false, "GPU 0 failed a test computation (" + e.getMessage() + ")");
        }
    }
}
