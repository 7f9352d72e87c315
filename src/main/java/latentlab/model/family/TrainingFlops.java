package latentlab.model.family;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;

/**
 * Floating-point operations of one training step per image, counted from the architecture: the
 * multiply-adds of the dense, convolution and transposed-convolution layers (2 FLOPs each), times
 * 3 for the forward pass and the two products of the backward pass (gradients of inputs and of
 * weights). Activations, losses and the optimizer are left out: they are small beside the products.
 */
public final class TrainingFlops {
    private TrainingFlops() {
    }

    public static long perImage(ModelSpec spec) {
        return 3 * 2 * forwardMacs(spec);
    }

    /** Multiply-adds of one forward pass of one image. */
    static long forwardMacs(ModelSpec spec) {
        int n = spec.inputSize();
        int d = spec.latentDim();
        boolean variational = spec.kind().isVariational();
        // A conditional model reads the one-hot label beside the image and beside the code.
        int label = spec.kind().isConditional() ? spec.get(Settings.CLASSES) : 0;
        return switch (spec.kind()) {
            case CONV_AE, CONV_VAE -> conv(spec, variational ? 2 * d : d);
            case PCA -> 2L * n * d;
            default -> {
                List<Integer> widths = new ArrayList<>();
                widths.add(n + label);
                widths.addAll(spec.hidden());
                long macs = dense(widths) + (long) widths.get(widths.size() - 1) * (variational ? 2 * d : d);
                List<Integer> back = new ArrayList<>(spec.hidden());
                Collections.reverse(back);
                back.add(0, d + label);
                back.add(n);
                yield macs + dense(back);
            }
        };
    }

    private static long dense(List<Integer> widths) {
        long macs = 0;
        for (int i = 1; i < widths.size(); i++) {
            macs += (long) widths.get(i - 1) * widths.get(i);
        }
        return macs;
    }

    /** 3x3 convolutions at each side with 2x2 pooling, a dense head; the decoder mirrors with 4x4 stride-2 transposed convolutions. */
    private static long conv(ModelSpec spec, int codeSize) {
        List<Integer> ch = spec.hidden();
        long side = spec.imageSide();
        long macs = 0;
        int in = 1;
        for (int c : ch) {
            macs += 9L * in * c * side * side;
            side /= 2;
            in = c;
        }
        long flat = in * side * side;
        macs += flat * codeSize + (long) spec.latentDim() * flat;
        // Transposed convolutions: each input pixel meets a 4x4 kernel for every pair of channels.
        for (int i = ch.size() - 1; i >= 0; i--) {
            int out = i == 0 ? 1 : ch.get(i - 1);
            macs += 16L * ch.get(i) * out * side * side;
            side *= 2;
        }
        return macs;
    }
}
