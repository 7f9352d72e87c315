package latentlab.model.family;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import java.util.LinkedHashMap;
import latentlab.model.LossTerms;
import latentlab.model.ModelSpec;
import latentlab.model.StepContext;
import latentlab.model.block.ParameterStore;
import latentlab.model.block.Scope;
import latentlab.model.linalg.TopEigenvectors;
import latentlab.model.block.Scalars;
import latentlab.model.engine.Upload;

/**
 * PCA, the linear baseline, fitted in closed form: {@code mean} and the {@code k} leading
 * eigenvectors W (n x k) of the centred data's covariance. {@code encode = (x - mean) W},
 * {@code decode = clip(z W^T + mean, 0, 1)}; loss = {@code sum_i (x-hat_i - x_i)^2} per sample,
 * averaged over the batch. Mean and W are ordinary parameters, so snapshots and checkpoints work.
 */
final class PcaModel extends ParametricModel {
    private final Parameter mean;
    private final Parameter components;
    private final long seed;

    PcaModel(ModelSpec spec, ParameterStore store) {
        super(spec, store);
        int n = spec.inputSize();
        int k = spec.latentDim();
        if (k > n) {
            throw new IllegalArgumentException("PCA cannot have " + k + " components of " + n + " pixels");
        }
        // Before fitting: the first k pixel axes, so encode/decode already work (and are orthonormal).
        float[] axes = new float[n * k];
        for (int j = 0; j < k; j++) {
            axes[j * k + j] = 1f;
        }
        this.mean = store.add("pca.mean", Parameter.Type.RUNNING_MEAN, new Shape(n), new float[n]);
        this.components = store.add("pca.components", Parameter.Type.WEIGHT, new Shape(n, k), axes);
        this.seed = store.random().nextLong();
    }

    @Override
    public void fit(NDArray x) {
        long rows = x.getShape().get(0);
        int n = spec.inputSize();
        float[] mu;
        float[] cov;
        try (NDManager scope = x.getManager().newSubManager()) {
            NDArray m = Scope.adopt(scope, x.mean(new int[] {0}));
            NDArray centred = Scope.adopt(scope, x.sub(m));
            NDArray gram = Scope.adopt(scope, Scope.adopt(scope, centred.transpose()).matMul(centred));
            mu = m.toFloatArray();
            cov = gram.toFloatArray();
        }
        double[][] c = new double[n][n];
        double norm = 1.0 / Math.max(1, rows - 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = cov[i * n + j] * norm;
            }
        }
        double[][] w = TopEigenvectors.of(c, spec.latentDim(), seed);
        int k = spec.latentDim();
        float[] flat = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                flat[i * k + j] = (float) w[i][j];
            }
        }
        Upload.into(mean.getArray(), mu);
        Upload.into(components.getArray(), flat);
    }

    @Override
    public LossTerms loss(NDArray x, NDArray labels, StepContext ctx) {
        NDArray error = Scalars.over(decode(encode(x, labels), labels).sub(x).square().sum(), x.getShape().get(0));
        LinkedHashMap<String, NDArray> terms = new LinkedHashMap<>();
        terms.put(LossTerms.RECONSTRUCTION, error);
        return sum(terms);
    }

    @Override
    public NDArray encode(NDArray x, NDArray labels) {
        return x.sub(mean.getArray()).matMul(components.getArray());
    }

    @Override
    public NDArray decode(NDArray z, NDArray labels) {
        // linear(z, W, mean) = z W^T + mean, with W stored (n, k) as a linear layer's weight.
        return Linear.linear(z, components.getArray(), mean.getArray()).singletonOrThrow().clip(0f, 1f);
    }
}
