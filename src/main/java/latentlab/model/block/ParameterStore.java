package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import latentlab.model.ParamSnapshot;
import latentlab.model.Tensor;
import latentlab.model.engine.Upload;

/**
 * The parameters of one model by stable name, in creation order, with their seeded initial values.
 *
 * <p>Values are drawn in plain Java from one {@link Random}, so a seed gives the same model on
 * every run and every device, whatever else uses the engine's generator.
 */
public final class ParameterStore {
    private final NDManager manager;
    private final Random random;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();

    public ParameterStore(NDManager manager, long seed) {
        this.manager = manager;
        this.random = new Random(seed);
    }

    public NDManager manager() {
        return manager;
    }

    /** The seeded generator, for values the model draws at build time (after its parameters). */
    public Random random() {
        return random;
    }

    /** A weight with Glorot-uniform values: keeps activations' variance steady through the stack. */
    public Parameter weight(String name, Shape shape, long fanIn, long fanOut) {
        float limit = (float) Math.sqrt(6.0 / (fanIn + fanOut));
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (random.nextFloat() * 2 - 1) * limit;
        }
        return add(name, Parameter.Type.WEIGHT, shape, values);
    }

    /** A bias starting at zero. */
    public Parameter bias(String name, long size) {
        return add(name, Parameter.Type.BIAS, new Shape(size), new float[Math.toIntExact(size)]);
    }

    /** A parameter with the given starting values. */
    public Parameter add(String name, Parameter.Type type, Shape shape, float[] values) {
        if (parameters.containsKey(name)) {
            throw new IllegalArgumentException("duplicate parameter name " + name);
        }
        NDArray array = Upload.floats(manager, values, shape);
        array.setName(name);
        Parameter p = Parameter.builder().setName(name).setType(type).optShape(shape).optArray(array).build();
        parameters.put(name, p);
        return p;
    }

    /** Every parameter by name, in creation order; the view is read-only. */
    public Map<String, Parameter> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    public ParamSnapshot snapshot() {
        Map<String, Tensor> values = new LinkedHashMap<>();
        parameters.forEach((name, p) ->
                values.put(name, new Tensor(p.getArray().getShape().getShape(), p.getArray().toFloatArray())));
        return new ParamSnapshot(values);
    }

    /**
     * Copies the snapshot into the existing arrays (so optimizer state and gradient flags that
     * point at them stay valid). Checks everything before writing anything, so a refused
     * snapshot leaves the model as it was.
     */
    public void restore(ParamSnapshot snapshot) {
        for (Map.Entry<String, Parameter> e : parameters.entrySet()) {
            Tensor t = snapshot.values().get(e.getKey());
            if (t == null) {
                throw new IllegalArgumentException("snapshot has no parameter '" + e.getKey() + "'");
            }
            long[] expected = e.getValue().getArray().getShape().getShape();
            if (!Arrays.equals(expected, t.shape())) {
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' has shape "
                        + Arrays.toString(expected) + " but the snapshot holds " + t.shapeString());
            }
        }
        for (String name : snapshot.values().keySet()) {
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("snapshot has parameter '" + name + "' unknown to this model");
            }
        }
        parameters.forEach((name, p) -> Upload.into(p.getArray(), snapshot.values().get(name).data()));
    }

    /** The sum of squares of every weight (biases excluded), attached to {@code step}. */
    public NDArray squaredWeightNorm(NDManager step) {
        NDArray sum = null;
        for (Parameter p : parameters.values()) {
            if (p.getType() != Parameter.Type.WEIGHT) {
                continue;
            }
            NDArray s = Scope.adopt(step, Scope.adopt(step, p.getArray().square()).sum());
            sum = sum == null ? s : sum.add(s);
        }
        return sum == null ? Upload.scalar(step, 0f) : sum;
    }
}
