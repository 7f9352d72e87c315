package latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.model.Autoencoder;
import latentlab.model.LossTerms;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.StepContext;
import latentlab.model.Tensor;

/** A closed-form stand-in for PCA in tests: fit() learns the mean image, which every code decodes to. */
final class MeanImageModel implements Autoencoder {
    private final ModelSpec spec;
    private final NDManager manager;
    private final Map<String, Parameter> params = new LinkedHashMap<>();
    int fits;

    MeanImageModel(ModelSpec spec, NDManager parent) {
        this.spec = spec;
        this.manager = parent.newSubManager();
        params.put("mean", Parameter.builder().setName("mean").setType(Parameter.Type.OTHER)
                .optArray(manager.zeros(new Shape(spec.inputSize()))).build());
    }

    private NDArray mean() {
        return params.get("mean").getArray();
    }

    @Override
    public void fit(NDArray x) {
        fits++;
        try (NDArray m = x.mean(new int[] {0})) {
            mean().set(m.toFloatArray());
        }
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public Map<String, Parameter> parameters() {
        return params;
    }

    @Override
    public LossTerms loss(NDArray x, NDArray labels, StepContext ctx) {
        NDArray r = x.sub(mean()).square().sum().div(x.getShape().get(0));
        return new LossTerms(r, Map.of(LossTerms.RECONSTRUCTION, r));
    }

    @Override
    public NDArray encode(NDArray x, NDArray labels) {
        return x.get(":, 0:" + spec.latentDim()).mul(0);
    }

    @Override
    public NDArray decode(NDArray z, NDArray labels) {
        return z.getManager().zeros(new Shape(z.getShape().get(0), spec.inputSize())).add(mean());
    }

    @Override
    public NDManager manager() {
        return manager;
    }

    @Override
    public ParamSnapshot snapshot() {
        return new ParamSnapshot(Map.of("mean", new Tensor(new long[] {spec.inputSize()}, mean().toFloatArray())));
    }

    @Override
    public void restore(ParamSnapshot snapshot) {
        mean().set(snapshot.values().get("mean").data());
    }

    @Override
    public void close() {
        manager.close();
    }
}
