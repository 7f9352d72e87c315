package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** The activation after a layer. */
public enum Nonlinearity {
    IDENTITY, RELU, SIGMOID;

    public NDArray apply(NDArray x) {
        return switch (this) {
            case IDENTITY -> x;
            case RELU -> Activation.relu(x);
            case SIGMOID -> Activation.sigmoid(x);
        };
    }
}
