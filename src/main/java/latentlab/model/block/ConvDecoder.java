package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes (N, inSize) to output logits (N, side*side), the mirror of {@link ConvEncoder}: a fully
 * connected layer to the smallest feature map, then per stage a 4x4 transposed convolution with
 * stride 2 and padding 1, which doubles the side ({@code (n-1)2 - 2 + 4 = 2n}). ReLU between
 * stages; the last stage gives one channel of logits.
 */
public final class ConvDecoder implements Net {
    private final List<TransposedConv> stages = new ArrayList<>();
    private final Dense head;
    private final long firstChannels;
    private final long firstSide;
    private final int side;

    /** @param channels the encoder's channels per stage, input side first */
    public ConvDecoder(ParameterStore store, String name, int side, List<Integer> channels, int inSize) {
        this.side = side;
        this.firstSide = ConvEncoder.finalSide(side, channels.size());
        this.firstChannels = channels.isEmpty() ? 1 : channels.get(channels.size() - 1);
        head = Dense.create(store, name + ".fc", inSize, firstChannels * firstSide * firstSide);
        for (int i = channels.size() - 1, k = 0; i >= 0; i--, k++) {
            int out = i == 0 ? 1 : channels.get(i - 1);
            stages.add(TransposedConv.create(store, name + ".tconv" + k, channels.get(i), out, 4, 2, 1));
        }
    }

    @Override
    public NDArray forward(NDArray z) {
        long n = z.getShape().get(0);
        NDArray h = head.forward(z);
        if (stages.isEmpty()) {
            return h;
        }
        h = Activation.relu(h).reshape(n, firstChannels, firstSide, firstSide);
        for (int i = 0; i < stages.size(); i++) {
            h = stages.get(i).forward(h);
            if (i < stages.size() - 1) {
                h = Activation.relu(h);
            }
        }
        return h.reshape(n, (long) side * side);
    }
}
