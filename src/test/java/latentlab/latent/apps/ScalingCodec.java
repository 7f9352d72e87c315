package latentlab.latent.apps;

import latentlab.latent.Codec;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;

/**
 * A model of 4x4 images whose code is the image itself and whose reconstruction is the image
 * times a factor: errors that can be worked out by hand. Counts the images it reconstructs at once.
 */
final class ScalingCodec implements Codec {
    private final float factor;
    int largestCall;

    ScalingCodec(float factor) {
        this.factor = factor;
    }

    @Override
    public ModelSpec spec() {
        return ModelSpec.defaults(ModelKind.AE, 16).with(latentlab.model.Settings.IMAGE_SIDE, 4);
    }

    @Override
    public float[] encode(float[] pixels, int[] labels) {
        largestCall = Math.max(largestCall, labels.length);
        return pixels.clone();
    }

    @Override
    public float[] decode(float[] codes, int[] labels) {
        float[] out = new float[codes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes[i] * factor;
        }
        return out;
    }

    @Override
    public void close() {
    }
}
