package latentlab.latent;

import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;

/**
 * PCA on pixels as a {@link Codec}, fitted in plain Java: the code is the projection on the
 * {@code k} leading principal directions of the training images, the reconstruction
 * {@code clip(mean + B^T z, 0, 1)}, as the PCA model decodes. The linear baseline of the
 * applications, computed without the engine.
 */
public final class PcaCodec implements Codec {
    private final ModelSpec spec;
    private final LinearProjection projection;

    private PcaCodec(ModelSpec spec, LinearProjection projection) {
        this.spec = spec;
        this.projection = projection;
    }

    /** The {@code k}-component PCA of the images of {@code train} (square images). */
    public static PcaCodec fit(Dataset train, int k) {
        if (train.rows() != train.cols()) {
            throw new IllegalArgumentException("PCA here takes square images; " + train.id() + " has " + train.rows()
                    + "x" + train.cols());
        }
        ModelSpec spec = ModelSpec.defaults(ModelKind.PCA, k).fittedTo(train.rows(), Math.max(2, train.numClasses()));
        return new PcaCodec(spec, Pca.fit(train.pixels(), train.pixelsPerImage(), k));
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public float[] encode(float[] pixels, int[] labels) {
        return projection.projectAll(pixels);
    }

    @Override
    public float[] decode(float[] codes, int[] labels) {
        int k = projection.outDim();
        int p = projection.dim();
        int n = codes.length / k;
        float[] out = new float[n * p];
        float[] mean = projection.mean();
        float[][] basis = projection.basis();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = mean[j];
                for (int c = 0; c < k; c++) {
                    v += codes[i * k + c] * basis[c][j];
                }
                out[i * p + j] = (float) Math.min(1, Math.max(0, v));
            }
        }
        return out;
    }

    @Override
    public void close() {
        // Plain arrays: nothing to release.
    }
}
