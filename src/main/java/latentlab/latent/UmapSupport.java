package latentlab.latent;

import java.util.Optional;

/**
 * Smile's UMAP calls ARPACK through JavaCPP, which smile-core does not bring along. This finds out
 * once, cheaply (no native loading), whether the classes and this platform's natives are on the
 * class path, and says why not; a failure to load them later is reported when UMAP runs.
 */
final class UmapSupport {

    private static volatile Optional<String> reason;

    private UmapSupport() {
    }

    static Optional<String> unavailableReason() {
        Optional<String> r = reason;
        if (r == null) {
            r = probe();
            reason = r;
        }
        return r;
    }

    private static Optional<String> probe() {
        ClassLoader cl = UmapSupport.class.getClassLoader();
        try {
            Class.forName("org.bytedeco.arpackng.global.arpack", false, cl);
            String platform = (String) Class.forName("org.bytedeco.javacpp.Loader", true, cl)
                    .getMethod("getPlatform").invoke(null);
            if (cl.getResource("org/bytedeco/arpackng/" + platform + "/") == null
                    || cl.getResource("org/bytedeco/openblas/" + platform + "/") == null) {
                return Optional.of("ARPACK/OpenBLAS natives for " + platform + " are not bundled with this build");
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.of("the ARPACK library (org.bytedeco:arpack-ng) that UMAP needs is not installed");
        }
    }
}
