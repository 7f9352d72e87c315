package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;

/** A square 2-d convolution, weight (out, in, f, f), on (N, C, H, W) batches. */
public final class ConvLayer implements Net {
    private final Parameter weight;
    private final Parameter bias;
    private final Shape stride;
    private final Shape padding;

    private ConvLayer(Parameter weight, Parameter bias, int stride, int padding) {
        this.weight = weight;
        this.bias = bias;
        this.stride = new Shape(stride, stride);
        this.padding = new Shape(padding, padding);
    }

    public static ConvLayer create(ParameterStore store, String name, int in, int out, int kernel, int stride,
            int padding) {
        long fan = (long) kernel * kernel;
        return new ConvLayer(store.weight(name + ".weight", new Shape(out, in, kernel, kernel), in * fan, out * fan),
                store.bias(name + ".bias", out), stride, padding);
    }

    /** {@code o = floor((n + 2p - f) / s) + 1}. */
    public static long outputSize(long n, int kernel, int stride, int padding) {
        return (n + 2L * padding - kernel) / stride + 1;
    }

    @Override
    public NDArray forward(NDArray x) {
        return Conv2d.conv2d(x, weight.getArray(), bias.getArray(), stride, padding).singletonOrThrow();
    }
}
