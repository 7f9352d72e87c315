package latentlab.latent;

import java.util.Random;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;

/**
 * A plain-Java stand-in for a trained model, for tests and benchmarks: a decoder
 * latent -> 64 -> 128 -> 784 (ReLU, ReLU, sigmoid) with fixed random weights, and a linear
 * encoder. Counts its calls so tests can see what was decoded.
 */
public final class MlpCodec implements Codec {

    private final ModelSpec spec;
    private final float[][] w;
    private final int[] sizes;
    private final float[] enc;
    public volatile int decodeCalls;
    public volatile int decodedCodes;
    public volatile long decodeDelayMillis;
    public volatile boolean closed;

    public MlpCodec(ModelKind kind, int latentDim) {
        this.spec = ModelSpec.defaults(kind, latentDim);
        this.sizes = new int[] {latentDim, 64, 128, 784};
        Random r = new Random(1);
        w = new float[3][];
        for (int l = 0; l < 3; l++) {
            w[l] = new float[sizes[l] * sizes[l + 1]];
            double s = Math.sqrt(2.0 / sizes[l]);
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = (float) (r.nextGaussian() * s);
            }
        }
        enc = new float[784 * latentDim];
        for (int i = 0; i < enc.length; i++) {
            enc[i] = (float) (r.nextGaussian() * 0.05);
        }
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public float[] encode(float[] pixels, int[] labels) {
        int d = latentDim();
        int n = pixels.length / 784;
        float[] out = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 784; p++) {
                float x = pixels[i * 784 + p];
                if (x != 0) {
                    for (int j = 0; j < d; j++) {
                        out[i * d + j] += x * enc[p * d + j];
                    }
                }
            }
        }
        return out;
    }

    @Override
    public float[] decode(float[] codes, int[] labels) {
        decodeCalls++;
        int n = codes.length / latentDim();
        decodedCodes += n;
        if (decodeDelayMillis > 0) {
            try {
                Thread.sleep(decodeDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        float[] a = codes;
        for (int l = 0; l < 3; l++) {
            int in = sizes[l];
            int outSize = sizes[l + 1];
            float[] b = new float[n * outSize];
            float[] wl = w[l];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < in; k++) {
                    float x = a[i * in + k];
                    int row = k * outSize;
                    int o = i * outSize;
                    for (int j = 0; j < outSize; j++) {
                        b[o + j] += x * wl[row + j];
                    }
                }
                for (int j = 0; j < outSize; j++) {
                    float v = b[i * outSize + j];
                    b[i * outSize + j] = l < 2 ? Math.max(0, v) : (float) (1 / (1 + Math.exp(-v)));
                }
            }
            a = b;
        }
        return a;
    }

    @Override
    public void close() {
        closed = true;
    }
}
