package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;

/**
 * A transposed ("fractionally strided") 2-d convolution with the semantics of PyTorch's
 * {@code ConvTranspose2d}: weight of shape (in, out, f, f), output side {@code o = (n-1)s - 2p + f},
 * {@code y[o, s*i + a - p, s*j + b - p] += x[c, i, j] * W[c, o, a, b]}.
 *
 * <p>DJL's PyTorch engine does not implement transposed convolution, so it is computed as what it
 * is: insert {@code s-1} zeros between input pixels, pad by {@code f-1-p}, and run an ordinary
 * stride-1 convolution with the kernel flipped in both spatial axes and its in/out axes swapped.
 */
public final class TransposedConv implements Net {
    private final Parameter weight;
    private final Parameter bias;
    private final int kernel;
    private final int stride;
    private final int padding;

    private TransposedConv(Parameter weight, Parameter bias, int kernel, int stride, int padding) {
        if (padding > kernel - 1) {
            throw new IllegalArgumentException("padding " + padding + " must be at most kernel - 1 = " + (kernel - 1));
        }
        this.weight = weight;
        this.bias = bias;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
    }

    public static TransposedConv create(ParameterStore store, String name, int in, int out, int kernel, int stride,
            int padding) {
        long fan = (long) kernel * kernel;
        return new TransposedConv(store.weight(name + ".weight", new Shape(in, out, kernel, kernel), in * fan,
                out * fan), store.bias(name + ".bias", out), kernel, stride, padding);
    }

    /** {@code o = (n-1)s - 2p + f}. */
    public static long outputSize(long n, int kernel, int stride, int padding) {
        return (n - 1) * stride - 2L * padding + kernel;
    }

    @Override
    public NDArray forward(NDArray x) {
        NDManager step = x.getManager();
        NDArray spread = stride == 1 ? x : insertZeros(x, stride);
        // Conv2d correlates; a transposed conv scatters: the same sums with the kernel flipped.
        // Flip last, so the kernel handed to the convolution is a contiguous copy, not a view.
        NDArray swapped = Scope.adopt(step, weight.getArray().transpose(1, 0, 2, 3));
        NDArray k = Scope.adopt(step, swapped.flip(2, 3));
        int pad = kernel - 1 - padding;
        return Conv2d.conv2d(spread, k, bias.getArray(), new Shape(1, 1), new Shape(pad, pad)).singletonOrThrow();
    }

    /**
     * (N, C, H, W) to (N, C, (H-1)s+1, (W-1)s+1) with the input at every s-th pixel: a broadcast
     * multiply by a one-hot s x s tile, then a reshape and a crop (four ops, any size).
     */
    static NDArray insertZeros(NDArray x, int s) {
        Shape sh = x.getShape();
        long n = sh.get(0);
        long c = sh.get(1);
        long h = sh.get(2);
        long w = sh.get(3);
        float[] tile = new float[s * s];
        tile[0] = 1f;
        NDArray mask = x.getManager().create(tile, new Shape(1, 1, 1, s, 1, s));
        NDArray spread = x.reshape(n, c, h, 1, w, 1).mul(mask).reshape(n, c, h * s, w * s);
        return spread.get(new NDIndex(":, :, :{}, :{}", (h - 1) * s + 1, (w - 1) * s + 1));
    }
}
