package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import latentlab.model.engine.Upload;

/**
 * A transposed ("fractionally strided") 2-d convolution with the semantics of PyTorch's
 * {@code ConvTranspose2d}: weight of shape (in, out, f, f), output side {@code o = (n-1)s - 2p + f},
 * {@code y[o, s*i + a - p, s*j + b - p] += x[c, i, j] * W[c, o, a, b]}.
 *
 * <p>DJL's PyTorch engine does not implement transposed convolution. The textbook route, inserting
 * {@code s-1} zeros between input pixels and convolving with the flipped kernel, spends most of
 * its multiplications on those zeros. This computes the same sums on the input as it is: output
 * pixel {@code s*m + r} only ever meets the kernel taps {@code a = (r+p) mod s, +s, +2s, ...}, so
 * each of the {@code s*s} output phases is an ordinary stride-1 convolution of x, all phases
 * run as one convolution with {@code s*s*out} channels, and a reshape interleaves them.
 */
public final class TransposedConv implements Net {
    private final Parameter weight;
    private final Parameter bias;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int out;
    private final Phases phases;
    /**
     * Per axis, which kernel tap each (phase, position) of the phase convolution takes: a 0/1
     * matrix of shape (s*k, f), with at most one 1 per row (rows without a tap stay zero).
     */
    private final NDArray select;
    private final NDArray selectT;

    private TransposedConv(NDManager manager, Parameter weight, Parameter bias, int out, int kernel,
            int stride, int padding) {
        if (padding > kernel - 1) {
            throw new IllegalArgumentException("padding " + padding + " must be at most kernel - 1 = " + (kernel - 1));
        }
        this.weight = weight;
        this.bias = bias;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.out = out;
        this.phases = new Phases(kernel, stride, padding);
        int k = phases.width();
        float[] sel = new float[stride * k * kernel];
        for (int r = 0; r < stride; r++) {
            for (int u = 0; u < k; u++) {
                int a = phases.tap(r, u);
                if (a >= 0) {
                    sel[(r * k + u) * kernel + a] = 1f;
                }
            }
        }
        this.select = Upload.floats(manager, sel, new Shape((long) stride * k, kernel));
        this.selectT = select.transpose();
    }

    public static TransposedConv create(ParameterStore store, String name, int in, int out, int kernel, int stride,
            int padding) {
        long fan = (long) kernel * kernel;
        return new TransposedConv(store.manager(), store.weight(name + ".weight", new Shape(in, out, kernel, kernel),
                in * fan, out * fan), store.bias(name + ".bias", out), out, kernel, stride, padding);
    }

    /** {@code o = (n-1)s - 2p + f}. */
    public static long outputSize(long n, int kernel, int stride, int padding) {
        return (n - 1) * stride - 2L * padding + kernel;
    }

    @Override
    public NDArray forward(NDArray x) {
        NDManager step = x.getManager();
        long n = x.getShape().get(0);
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        long oh = outputSize(h, kernel, stride, padding);
        long ow = outputSize(w, kernel, stride, padding);
        long mh = ceilDiv(oh, stride);
        long mw = ceilDiv(ow, stride);
        // Phase m of every output row reads inputs m + firstOffset .. m + lastOffset.
        long left = -phases.firstOffset();
        long bottom = mh - h - left + phases.width() - 1;
        long right = mw - w - left + phases.width() - 1;
        NDArray k = phaseKernel(step, x.getShape().get(1));
        NDArray b = Scope.adopt(step, bias.getArray().tile((long) stride * stride));
        NDArray y;
        if (left == bottom && left == right && left >= 0) {
            y = Conv2d.conv2d(x, k, b, new Shape(1, 1), new Shape(left, left)).singletonOrThrow();
        } else {
            // Uneven or negative (cropping) borders: one explicit pad, then an unpadded convolution.
            NDArray padded = x.pad(new Shape(left, right, left, bottom), 0);
            y = Conv2d.conv2d(padded, k, b, new Shape(1, 1), new Shape(0, 0)).singletonOrThrow();
        }
        if (stride > 1) {
            // (N, s, s, out, M, M) -> (N, out, M, s, M, s): phase r of row m lands on row s*m + r.
            y = y.reshape(n, stride, stride, out, mh, mw).transpose(0, 3, 4, 1, 5, 2)
                    .reshape(n, out, mh * stride, mw * stride);
        }
        if (mh * stride != oh || mw * stride != ow) {
            y = y.get(new NDIndex(":, :, :{}, :{}", oh, ow));
        }
        return y;
    }

    /**
     * The weights of the phase convolution, (s*s*out, in, k, k), from W (in, out, f, f): along each
     * axis {@code S W S^T} with the tap selection S, then the phases moved to the front. Products
     * with a constant 0/1 matrix, so the gradient reaches W by two matrix products as well: an
     * indexed gather here ({@code take}) would send it back through the engine's parallel
     * scatter-add, whose atomic float additions make the result depend on thread timing.
     */
    private NDArray phaseKernel(NDManager step, long in) {
        int k = phases.width();
        // (in, out, f, f) x (f, s*k) -> (in, out, f, s*k); then (s*k, f) x that -> (in, out, s*k, s*k).
        NDArray rows = Scope.adopt(step, weight.getArray().matMul(selectT));
        NDArray both = Scope.adopt(step, select.matMul(rows));
        // (in, out, ry, uy, rx, ux) -> (ry, rx, out, in, uy, ux)
        return both.reshape(in, out, stride, k, stride, k).transpose(2, 4, 1, 0, 3, 5)
                .reshape((long) stride * stride * out, in, k, k);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /**
     * Along one axis: which kernel tap each phase uses at each offset. Output {@code s*m + r}
     * gets {@code x[m + d] * W[a]} for {@code a = a0 + t*s < f}, {@code d = c - t}, where
     * {@code a0 = (r+p) mod s} and {@code c = (r+p) div s}.
     */
    private static final class Phases {
        private final int kernel;
        private final int stride;
        private final int padding;
        private final int firstOffset;
        private final int width;

        Phases(int kernel, int stride, int padding) {
            this.kernel = kernel;
            this.stride = stride;
            this.padding = padding;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int r = 0; r < stride; r++) {
                int a0 = (r + padding) % stride;
                int c = (r + padding) / stride;
                for (int t = 0; a0 + t * stride < kernel; t++) {
                    lo = Math.min(lo, c - t);
                    hi = Math.max(hi, c - t);
                }
            }
            if (lo > hi) {
                // No phase has a tap (cannot happen for f >= 1); keep a 1-wide zero kernel.
                lo = 0;
                hi = 0;
            }
            this.firstOffset = lo;
            this.width = hi - lo + 1;
        }

        int firstOffset() {
            return firstOffset;
        }

        int width() {
            return width;
        }

        /** The tap of phase r at kernel position u (offset u + firstOffset), or -1 if none. */
        int tap(int r, int u) {
            int t = (r + padding) / stride - (u + firstOffset);
            int a = (r + padding) % stride + t * stride;
            return t >= 0 && a < kernel ? a : -1;
        }
    }
}
