package latentlab.model.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's fused kernels that DJL's public API does not offer, in one place: the only code
 * outside this package that would otherwise reach into the engine's JNI.
 *
 * <p>An Adam step is one call: the gradients of the loss ({@code torch.autograd.grad}) and
 * PyTorch's own fused kernel ({@code aten::_fused_adam_}, the one behind
 * {@code torch.optim.Adam(fused=True)}), in a TorchScript module ({@code resources/engine/fused_adam.py}
 * writes it). The separate route costs, per parameter, an accumulation of the gradient into the
 * parameter's gradient buffer and its reset, and in DJL's {@code adamUpdate} a copy of the gradient
 * and ten element-wise passes with four temporaries; the fused kernel reads each element of weight,
 * gradient and moments once. Each element's arithmetic is independent of the others and of the
 * thread that does it, so the result does not depend on the thread count.
 */
public final class FusedOps {
    private static final String ADAM_MODULE = "/engine/fused_adam.pt";
    /** The module's method, which is also its name in the engine's profile. */
    public static final String ADAM_STEP = "adam_step";
    /** One module per device, loaded on first use and kept for the process (a few kilobytes). */
    private static final Map<Device, PtSymbolBlock> ADAM = new ConcurrentHashMap<>();

    private FusedOps() {
    }

    /**
     * One step of {@code torch.optim.Adam} without weight decay down the gradient {@code g} of
     * {@code loss} (a scalar recorded with gradients), in place, for every weight:
     * {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; w -= lr / (1-b1^t) * m / (sqrt(v / (1-b2^t)) + eps)}.
     * The gradients are not kept: nothing accumulates on the weights.
     *
     * @param steps each weight's {@code t}, counted from 1 and including this step
     * @throws IllegalStateException if a weight takes no part in the loss
     */
    public static void adamStep(NDArray loss, List<NDArray> weights, List<NDArray> firstMoments,
            List<NDArray> secondMoments, double[] steps, double learningRate, double beta1, double beta2, double eps) {
        if (weights.isEmpty()) {
            return;
        }
        if (firstMoments.size() != weights.size() || secondMoments.size() != weights.size()
                || steps.length != weights.size()) {
            throw new IllegalArgumentException("Adam needs one moment of each kind and one step count per weight");
        }
        PtSymbolBlock module = ADAM.computeIfAbsent(weights.get(0).getDevice(), FusedOps::loadAdam);
        IValue[] inputs = {IValue.from((PtNDArray) loss), list(weights), list(firstMoments), list(secondMoments),
            IValue.listFrom(steps), IValue.from(learningRate), IValue.from(beta1), IValue.from(beta2),
            IValue.from(eps)};
        try (IValue ignored = IValueUtils.runMethod(module, ADAM_STEP, inputs)) {
            // The module returns the weight count; the work is done in place.
        } catch (ai.djl.engine.EngineException e) {
            throw new IllegalStateException("the engine's fused Adam step failed: " + e.getMessage(), e);
        } finally {
            for (IValue v : inputs) {
                v.close();
            }
        }
    }

    private static IValue list(List<NDArray> arrays) {
        return IValue.listFrom(arrays.stream().map(a -> (PtNDArray) a).toArray(PtNDArray[]::new));
    }

    private static PtSymbolBlock loadAdam(Device device) {
        // A manager of its own that lives as long as the process: the module outlives every model.
        PtNDManager owner = (PtNDManager) NDManager.newBaseManager(device, "PyTorch");
        try (InputStream in = FusedOps.class.getResourceAsStream(ADAM_MODULE)) {
            if (in == null) {
                throw new IllegalStateException(ADAM_MODULE + " is missing from the class path");
            }
            return JniUtils.loadModule(owner, in, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + ADAM_MODULE, e);
        }
    }
}
