package latentlab.model.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.Map;
import latentlab.model.ParamSnapshot;
import latentlab.model.block.ConvEncoder;
import latentlab.model.block.Dense;
import latentlab.model.block.ParameterStore;
import latentlab.model.block.Scalars;

/**
 * The reference digit classifier that judges decoded images: a small CNN on 28x28 images in [0,1].
 *
 * <pre>
 *   conv 3x3 1->16 (pad 1), ReLU, 2x2 max pool      28 -> 14
 *   conv 3x3 16->32 (pad 1), ReLU, 2x2 max pool     14 -> 7
 *   dense 32*7*7 -> 64, ReLU                        the feature vector
 *   dense 64 -> 10                                  the logits
 * </pre>
 *
 * <p>Loss: mean cross-entropy {@code -1/N sum_i log softmax(logits_i)[y_i]}. Parameters are drawn
 * from the seed like every model's ({@link ParameterStore}). Not thread-safe: one owner thread.
 */
public final class ReferenceCnn implements AutoCloseable {
    public static final int SIDE = 28;
    public static final int CLASSES = 10;
    public static final int FEATURES = 64;
    public static final List<Integer> CHANNELS = List.of(16, 32);
    /** The architecture in one line, for model cards and reports. */
    public static final String ARCHITECTURE = "conv 3x3 1->16, ReLU, max pool 2x2; conv 3x3 16->32, ReLU, max pool"
            + " 2x2; dense 1568->64, ReLU (features); dense 64->10 (logits)";

    private final ParameterStore store;
    private final ConvEncoder body;
    private final Dense head;

    /** A fresh network with seeded initial weights, its parameters in a sub-manager of {@code parent}. */
    public ReferenceCnn(NDManager parent, long seed) {
        this.store = new ParameterStore(parent.newSubManager(), seed);
        // The encoder block is exactly the two conv stages and the dense layer to the features.
        this.body = new ConvEncoder(store, "features", SIDE, CHANNELS, FEATURES);
        this.head = Dense.create(store, "logits", FEATURES, CLASSES);
    }

    /** Every parameter by stable name, in creation order. */
    public Map<String, Parameter> parameters() {
        return store.parameters();
    }

    /** The feature vectors (N, 64) of images (N, 784): the activations before the last layer. */
    public NDArray features(NDArray x) {
        return Activation.relu(body.forward(x));
    }

    /** Logits (N, 10) from feature vectors. */
    public NDArray logits(NDArray features) {
        return head.forward(features);
    }

    /** Class probabilities (N, 10) from feature vectors. */
    public NDArray probabilities(NDArray features) {
        return logits(features).softmax(1);
    }

    /** Mean cross-entropy of images (N, 784) against int labels (N): a scalar. */
    public NDArray loss(NDArray x, NDArray labels) {
        long n = x.getShape().get(0);
        NDArray logProb = logits(features(x)).logSoftmax(1);
        NDArray picked = logProb.mul(labels.oneHot(CLASSES, DataType.FLOAT32)).sum();
        return Scalars.times(picked, -1.0 / n);
    }

    public ParamSnapshot snapshot() {
        return store.snapshot();
    }

    /** Overwrites every parameter; refuses a missing name or another shape, naming it. */
    public void restore(ParamSnapshot snapshot) {
        store.restore(snapshot);
    }

    @Override
    public void close() {
        store.manager().close();
    }
}
