package latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.model.Tensor;
import latentlab.model.engine.FusedOps;
import latentlab.model.engine.Upload;
import latentlab.train.checkpoint.OptimizerState;

/**
 * Adam (Kingma and Ba), with the same arithmetic as {@code torch.optim.Adam} without weight decay:
 *
 * <pre>
 *   m = beta1 m + (1 - beta1) g
 *   v = beta2 v + (1 - beta2) g^2
 *   w = w - lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 *
 * <p>A step is one engine call for all parameters ({@link FusedOps#adamStep}): the gradients of
 * the loss, and PyTorch's fused Adam kernel, which reads each element of weight, gradient and
 * moments once. The gradients are dropped after the step: none accumulates on the parameters.
 * L2 weight decay is a term of the model's loss, not the optimizer's business.
 *
 * <p>Owned by the training thread, like the model whose parameters it updates.
 */
public final class Adam implements AutoCloseable {
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final NDManager manager;
    private final Map<String, Slot> slots = new LinkedHashMap<>();

    private static final class Slot {
        final NDArray m;
        final NDArray v;
        long step;

        Slot(NDArray m, NDArray v, long step) {
            this.m = m;
            this.v = v;
            this.step = step;
        }
    }

    /** Adam with the usual constants, its moments held in a sub-manager of {@code parent}. */
    public Adam(NDManager parent) {
        this(parent, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public Adam(NDManager parent, double beta1, double beta2, double epsilon) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam needs 0 <= beta < 1 and epsilon > 0");
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.manager = parent.newSubManager();
    }

    /**
     * One update of every parameter down the gradient of {@code loss}, a scalar computed from
     * them with gradients recorded (inside a gradient collector).
     */
    public void step(NDArray loss, Map<String, Parameter> parameters, double learningRate) {
        List<NDArray> weights = new ArrayList<>(parameters.size());
        List<NDArray> firstMoments = new ArrayList<>(parameters.size());
        List<NDArray> secondMoments = new ArrayList<>(parameters.size());
        double[] steps = new double[parameters.size()];
        for (Map.Entry<String, Parameter> e : parameters.entrySet()) {
            NDArray w = e.getValue().getArray();
            Slot s = slots.computeIfAbsent(e.getKey(), k -> newSlot(w.getShape()));
            s.step++;
            steps[weights.size()] = s.step;
            weights.add(w);
            firstMoments.add(s.m);
            secondMoments.add(s.v);
        }
        FusedOps.adamStep(loss, weights, firstMoments, secondMoments, steps, learningRate, beta1, beta2, epsilon);
    }

    private Slot newSlot(Shape shape) {
        return new Slot(manager.zeros(shape), manager.zeros(shape), 0);
    }

    /** A plain-Java copy of the moments and step counts. */
    public OptimizerState export() {
        Map<String, Long> steps = new LinkedHashMap<>();
        Map<String, Tensor> ms = new LinkedHashMap<>();
        Map<String, Tensor> vs = new LinkedHashMap<>();
        slots.forEach((name, s) -> {
            steps.put(name, s.step);
            ms.put(name, new Tensor(s.m.getShape().getShape(), s.m.toFloatArray()));
            vs.put(name, new Tensor(s.v.getShape().getShape(), s.v.toFloatArray()));
        });
        return new OptimizerState(beta1, beta2, epsilon, steps, ms, vs);
    }

    /**
     * Replaces the state with {@code state}, checking it against the parameters it will update.
     *
     * @throws IllegalArgumentException naming the first parameter that is missing or has another shape
     */
    public void load(OptimizerState state, Map<String, Parameter> parameters) {
        if (state.beta1() != beta1 || state.beta2() != beta2 || state.epsilon() != epsilon) {
            throw new IllegalArgumentException("optimizer state was saved with other Adam constants");
        }
        for (String name : state.steps().keySet()) {
            Parameter p = parameters.get(name);
            if (p == null) {
                throw new IllegalArgumentException("optimizer state has moments for '" + name
                        + "', which the model does not have");
            }
            long[] want = p.getArray().getShape().getShape();
            Tensor m = state.firstMoments().get(name);
            if (!java.util.Arrays.equals(want, m.shape())
                    || !java.util.Arrays.equals(want, state.secondMoments().get(name).shape())) {
                throw new IllegalArgumentException("optimizer state for '" + name + "' has shape "
                        + m.shapeString() + " but the parameter has " + java.util.Arrays.toString(want));
            }
        }
        clear();
        state.steps().forEach((name, step) -> {
            Tensor m = state.firstMoments().get(name);
            Tensor v = state.secondMoments().get(name);
            Shape shape = new Shape(m.shape());
            slots.put(name, new Slot(Upload.floats(manager, m.data(), shape), Upload.floats(manager, v.data(), shape), step));
        });
    }

    private void clear() {
        for (Slot s : slots.values()) {
            new NDList(s.m, s.v).close();
        }
        slots.clear();
    }

    @Override
    public void close() {
        clear();
        manager.close();
    }
}
