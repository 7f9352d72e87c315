package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;

/** A fully connected layer {@code y = x W^T + b}, W of shape (out, in): one fused engine op. */
public final class Dense implements Net {
    private final Parameter weight;
    private final Parameter bias;

    private Dense(Parameter weight, Parameter bias) {
        this.weight = weight;
        this.bias = bias;
    }

    public static Dense create(ParameterStore store, String name, long in, long out) {
        return new Dense(store.weight(name + ".weight", new Shape(out, in), in, out),
                store.bias(name + ".bias", out));
    }

    public Parameter weight() {
        return weight;
    }

    public long inputSize() {
        return weight.getArray().getShape().get(1);
    }

    public long outputSize() {
        return weight.getArray().getShape().get(0);
    }

    /**
     * The mirror image of this layer for a tied decoder: it reuses W (transposed) and owns only
     * a new bias, so the pair has one weight matrix between them.
     */
    public Net tiedTranspose(ParameterStore store, String name) {
        Parameter tiedBias = store.bias(name + ".bias", inputSize());
        // x W + b: x comes first so the result lands in the step's manager.
        return x -> x.matMul(weight.getArray()).add(tiedBias.getArray());
    }

    @Override
    public NDArray forward(NDArray x) {
        return Linear.linear(x, weight.getArray(), bias.getArray()).singletonOrThrow();
    }
}
