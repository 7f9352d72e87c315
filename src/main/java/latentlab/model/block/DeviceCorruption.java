package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import latentlab.data.Corruption;

/**
 * {@link Corruption} applied on the engine to a whole batch (a few ops), so a denoising model
 * never copies its inputs back to Java. Same meaning as {@link Corruption#applyInPlace}: values stay
 * in [0,1]. Draws from the engine's generator, which the trainer seeds before every step.
 */
public final class DeviceCorruption {
    private DeviceCorruption() {
    }

    public static NDArray apply(Corruption c, NDArray x) {
        NDManager m = x.getManager();
        Shape shape = x.getShape();
        float level = (float) c.level();
        return switch (c.type()) {
            case NONE -> x;
            case GAUSSIAN -> m.randomNormal(0f, level, shape, x.getDataType()).add(x).clip(0f, 1f);
            case MASKING -> m.randomUniform(0f, 1f, shape).gte(level).toType(x.getDataType(), false).mul(x);
            case SALT_AND_PEPPER -> {
                NDArray hit = m.randomUniform(0f, 1f, shape).lt(level);
                NDArray salt = m.randomUniform(0f, 1f, shape).lt(0.5f).toType(x.getDataType(), false);
                yield NDArrays.where(hit, salt, x);
            }
        };
    }
}
