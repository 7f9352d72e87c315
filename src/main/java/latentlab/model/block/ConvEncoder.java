package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattened images (N, side*side) to vectors (N, outSize): per stage a 3x3 convolution (padding 1),
 * ReLU and 2x2 max pooling, which halves the side; then one fully connected layer.
 */
public final class ConvEncoder implements Net {
    private final int side;
    private final List<ConvLayer> convs = new ArrayList<>();
    private final Dense head;

    /**
     * @param channels output channels of each stage; the side must halve evenly at every stage
     */
    public ConvEncoder(ParameterStore store, String name, int side, List<Integer> channels, int outSize) {
        this.side = side;
        int in = 1;
        for (int i = 0; i < channels.size(); i++) {
            convs.add(ConvLayer.create(store, name + ".conv" + i, in, channels.get(i), 3, 1, 1));
            in = channels.get(i);
        }
        long last = finalSide(side, channels.size());
        head = Dense.create(store, name + ".fc", in * last * last, outSize);
    }

    /** The side after {@code stages} halvings, or an error naming the first side that is odd. */
    public static long finalSide(int side, int stages) {
        long s = side;
        for (int i = 0; i < stages; i++) {
            if (s % 2 != 0) {
                throw new IllegalArgumentException("image side " + side + " cannot be halved " + stages
                        + " times by 2x2 pooling (stage " + (i + 1) + " gets side " + s + ")");
            }
            s /= 2;
        }
        return s;
    }

    @Override
    public NDArray forward(NDArray x) {
        NDArray h = x.reshape(x.getShape().get(0), 1, side, side);
        for (ConvLayer conv : convs) {
            h = MaxUnpool.pool(Activation.relu(conv.forward(h)), 2);
        }
        return head.forward(h.reshape(h.getShape().get(0), -1));
    }
}
