package latentlab.model.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The engine's fused in-place kernels that DJL's public API does not offer, in one place: the
 * only code outside this package that would otherwise reach into the engine's JNI.
 */
public final class FusedOps {
    private FusedOps() {
    }

    /**
     * One Adam update in place, in one kernel:
     * {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; w -= stepSize * m / (sqrt(v) + eps)}.
     */
    public static void adamUpdate(NDArray w, NDArray g, NDArray m, NDArray v, float learningRate, float stepSize,
            float beta1, float beta2, float eps) {
        JniUtils.adamUpdate((PtNDArray) w, (PtNDArray) g, (PtNDArray) m, (PtNDArray) v, learningRate, stepSize, 0f, 1f,
                -1f, beta1, beta2, eps, false);
    }

    /** Sets the gradient the last backward pass left on {@code w} to zero, in place. */
    public static void zeroGradient(NDArray w) {
        JniUtils.zeroGrad((PtNDArray) w);
    }
}
