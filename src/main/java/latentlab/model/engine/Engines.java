package latentlab.model.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.util.cuda.CudaUtils;

/**
 * The one place that starts the engine: offline, with thread counts that leave room for the UI,
 * and with the device chosen once and explained.
 *
 * <p>DJL reads its thread settings and its offline flag when the engine first loads, so
 * {@link #configure(Mode)} must run before anything touches the engine.
 */
public final class Engines {

    /** How the process uses the machine's cores. */
    public enum Mode {
        /** The window: leave one core's share to the FX thread. */
        DESKTOP,
        /** The command line: use every core. */
        HEADLESS
    }

    /** Set to {@code true} to let DJL download natives it cannot find (off by default). */
    public static final String ALLOW_DOWNLOAD_PROPERTY = "latentlab.allowDownload";
    /** Set to {@code true} (or env LATENTLAB_FORCE_CPU=true) to train on the CPU even with a GPU. */
    public static final String FORCE_CPU_PROPERTY = "latentlab.forceCpu";

    private static volatile boolean configured;
    private static volatile EngineInfo info;

    private Engines() {
    }

    /** Sets offline mode and thread counts; call first thing in main. Later calls do nothing. */
    public static synchronized void configure(Mode mode) {
        if (configured) {
            return;
        }
        configured = true;
        if (!Boolean.getBoolean(ALLOW_DOWNLOAD_PROPERTY)) {
            // Natives come from the Maven jars; never reach out to the network.
            setIfAbsent("ai.djl.offline", "true");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int intra = mode == Mode.DESKTOP ? Math.max(1, cores - 1) : cores;
        setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(intra));
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        // OpenMP's default busy-waiting between ops steals the cores from the UI and from anything
        // else running, slowing every op 10x or more on a loaded machine; passive waiting costs little.
        NativeEnvironment.setIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
    }

    /** The user's choice to train on the CPU even when a GPU works; applies to runs started after it. */
    public static synchronized void setForceCpu(boolean cpuOnly) {
        System.setProperty(FORCE_CPU_PROPERTY, Boolean.toString(cpuOnly));
        info = null;
    }

    /** True when the user asked for the CPU (property, environment or the window's menu). */
    public static boolean isCpuForced() {
        return Boolean.getBoolean(FORCE_CPU_PROPERTY) || "true".equalsIgnoreCase(System.getenv("LATENTLAB_FORCE_CPU"));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Loads the engine (once) and describes it. */
    public static synchronized EngineInfo info() {
        if (info == null) {
            configure(Mode.HEADLESS);
            Engine engine = Engine.getEngine("PyTorch");
            Device device = chooseDevice(engine);
            info = new EngineInfo(
                    engine.getEngineName(),
                    engine.getVersion(),
                    Engine.getDjlVersion(),
                    device.isGpu(),
                    describe(device),
                    lastReason,
                    Integer.getInteger("ai.djl.pytorch.num_interop_threads", 1),
                    Integer.getInteger("ai.djl.pytorch.num_threads", Runtime.getRuntime().availableProcessors()),
                    Runtime.getRuntime().availableProcessors());
        }
        return info;
    }

    /** The device every model trains on. */
    public static Device device() {
        info();
        return chosen;
    }

    /** How a user names a device: "CPU" or "GPU 0". */
    public static String describe(Device d) {
        return d.isGpu() ? "GPU " + d.getDeviceId() : "CPU";
    }

    /** A new root manager on the training device. */
    public static NDManager newManager() {
        return NDManager.newBaseManager(device(), "PyTorch");
    }

    private static Device chosen = Device.cpu();
    private static String lastReason = "";

    private static Device chooseDevice(Engine engine) {
        DeviceChoice c = DeviceChoice.decide(isCpuForced(), new DeviceChoice.Probe() {
            @Override
            public int gpuCount() {
                return engine.getGpuCount();
            }

            @Override
            public boolean cudaRuntimePresent() {
                return CudaUtils.hasCuda();
            }

            @Override
            public void testComputation() {
                try (NDManager m = NDManager.newBaseManager(Device.gpu(0), engine.getEngineName());
                        NDArray a = m.ones(new ai.djl.ndarray.types.Shape(2, 2))) {
                    a.matMul(a).toFloatArray();
                }
            }
        });
        lastReason = c.reason();
        chosen = c.gpu() ? Device.gpu(0) : Device.cpu();
        return chosen;
    }
}
