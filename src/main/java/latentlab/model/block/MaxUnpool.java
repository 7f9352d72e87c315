package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;

/**
 * Max pooling with switches, and the unpooling that puts each value back where its max came from.
 *
 * <p>The PyTorch engine's max pooling returns no indices, so the switches are recovered as a
 * mask: 1 where an input equals its window's max. Where a window holds the max more than once
 * (common after ReLU: a window of zeros), only the first in row-major order is kept, as PyTorch's
 * {@code MaxUnpool2d} does with the index {@code max_pool2d} returns.
 */
public final class MaxUnpool {
    private MaxUnpool() {
    }

    /** Non-overlapping k x k max pooling of (N, C, H, W); H and W must be multiples of k. */
    public static NDArray pool(NDArray x, int k) {
        Shape window = new Shape(k, k);
        return Pool.maxPool2d(x, window, window, new Shape(0, 0), false);
    }

    /** The switches of {@code pooled = pool(x, k)}: a 0/1 mask of x's shape, one 1 per window. */
    public static NDArray switches(NDArray x, NDArray pooled, int k) {
        Shape sh = x.getShape();
        long n = sh.get(0);
        long c = sh.get(1);
        long h = sh.get(2) / k;
        long w = sh.get(3) / k;
        NDArray hits = x.eq(upsample(pooled, k)).toType(DataType.FLOAT32, false);
        // Window cells last, so a running count finds each window's first hit.
        NDArray byWindow = hits.reshape(n, c, h, k, w, k).transpose(0, 1, 2, 4, 3, 5).reshape(n, c, h, w, k * k);
        NDArray first = byWindow.cumSum(4).eq(1f).toType(DataType.FLOAT32, false).mul(byWindow);
        return first.reshape(n, c, h, w, k, k).transpose(0, 1, 2, 4, 3, 5).reshape(n, c, h * k, w * k);
    }

    /** Each value of y (N, C, H, W) placed at its window's switch in a (N, C, kH, kW) map, zeros elsewhere. */
    public static NDArray unpool(NDArray y, NDArray switches, int k) {
        return upsample(y, k).mul(switches);
    }

    private static NDArray upsample(NDArray y, int k) {
        return y.repeat(2, k).repeat(3, k);
    }
}
