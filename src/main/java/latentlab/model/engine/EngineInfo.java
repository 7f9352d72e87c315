package latentlab.model.engine;

/**
 * What the engine is and where it will compute: shown by {@code latentlab info} and the status bar.
 *
 * @param engineName e.g. PyTorch
 * @param engineVersion native library version
 * @param djlVersion version of the Java binding
 * @param gpu true when training runs on a GPU
 * @param deviceName "CPU" or "GPU 0"
 * @param deviceReason why this device was chosen, in one sentence
 * @param interOpThreads engine threads between operations
 * @param intraOpThreads engine threads inside one operation
 * @param availableCores processors the JVM sees
 */
public record EngineInfo(
        String engineName,
        String engineVersion,
        String djlVersion,
        boolean gpu,
        String deviceName,
        String deviceReason,
        int interOpThreads,
        int intraOpThreads,
        int availableCores) {

    /** e.g. "CPU - PyTorch 2.5.1" for a status bar. */
    public String shortDevice() {
        return (gpu ? "GPU " + deviceName : "CPU") + " - " + engineName + " " + engineVersion;
    }

    /** Several lines for a tooltip or {@code latentlab info}. */
    public String description() {
        return String.format("Training on %s: %s.%n%s %s (DJL %s), %d intra-op and %d inter-op threads on %d cores.",
                gpu ? "GPU " + deviceName : "the CPU", deviceReason, engineName, engineVersion, djlVersion,
                intraOpThreads, interOpThreads, availableCores);
    }
}
