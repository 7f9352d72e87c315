package latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import latentlab.model.Autoencoder;
import latentlab.model.LossTerms;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.StepContext;
import latentlab.model.Tensor;

/**
 * A one-hidden-layer MLP autoencoder for tests: in -> h -> latent -> h -> in, sigmoid output,
 * summed squared error. In training it adds engine noise to the code (as a VAE samples), so
 * tests see whether the trainer seeds the engine's generator. {@code nanFromStep} makes the
 * loss NaN from that global step on, to provoke a divergence.
 */
public final class TinyAutoencoder implements Autoencoder {
    static final int HIDDEN = 16;

    private final ModelSpec spec;
    private final NDManager manager;
    private final Map<String, Parameter> params = new LinkedHashMap<>();
    public long nanFromStep = Long.MAX_VALUE;

    public TinyAutoencoder(ModelSpec spec, NDManager parent, long seed) {
        this.spec = spec;
        this.manager = parent.newSubManager();
        Random r = new Random(seed);
        int in = spec.inputSize();
        int h = spec.hidden().isEmpty() ? HIDDEN : spec.hidden().get(0);
        int d = spec.latentDim();
        add("enc1.weight", r, in, h);
        add("enc1.bias", r, h);
        add("enc2.weight", r, h, d);
        add("enc2.bias", r, d);
        add("dec1.weight", r, d, h);
        add("dec1.bias", r, h);
        add("dec2.weight", r, h, in);
        add("dec2.bias", r, in);
    }

    private void add(String name, Random r, long... shape) {
        int n = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        float[] v = new float[n];
        double scale = shape.length == 2 ? Math.sqrt(2.0 / (shape[0] + shape[1])) : 0;
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextGaussian() * scale);
        }
        NDArray a = manager.create(v, new Shape(shape));
        a.setRequiresGradient(true);
        params.put(name, Parameter.builder().setName(name).setType(shape.length == 2
                ? Parameter.Type.WEIGHT : Parameter.Type.BIAS).optArray(a).build());
    }

    private NDArray p(String name) {
        return params.get(name).getArray();
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
        NDArray z = encode(x, labels);
        if (ctx.training()) {
            z = z.add(x.getManager().randomNormal(0f, 0.1f, z.getShape(), z.getDataType()));
        }
        NDArray xh = decode(z, labels);
        NDArray recon = xh.sub(x).square().sum().div(x.getShape().get(0));
        NDArray total = recon;
        if (ctx.training() && ctx.step() >= nanFromStep) {
            total = total.mul(Float.NaN);
        }
        return new LossTerms(total, Map.of(LossTerms.RECONSTRUCTION, recon));
    }

    @Override
    public NDArray encode(NDArray x, NDArray labels) {
        NDArray h = x.matMul(p("enc1.weight")).add(p("enc1.bias")).getNDArrayInternal().relu();
        return h.matMul(p("enc2.weight")).add(p("enc2.bias"));
    }

    @Override
    public NDArray decode(NDArray z, NDArray labels) {
        NDArray h = z.matMul(p("dec1.weight")).add(p("dec1.bias")).getNDArrayInternal().relu();
        return h.matMul(p("dec2.weight")).add(p("dec2.bias")).getNDArrayInternal().sigmoid();
    }

    @Override
    public NDManager manager() {
        return manager;
    }

    @Override
    public ParamSnapshot snapshot() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, new Tensor(v.getArray().getShape().getShape(),
                v.getArray().toFloatArray())));
        return new ParamSnapshot(out);
    }

    @Override
    public void restore(ParamSnapshot snapshot) {
        params.forEach((k, v) -> {
            Tensor t = snapshot.values().get(k);
            if (t == null) {
                throw new IllegalArgumentException("snapshot has no parameter '" + k + "'");
            }
            if (!Arrays.equals(t.shape(), v.getArray().getShape().getShape())) {
                throw new IllegalArgumentException("parameter '" + k + "' has shape "
                        + v.getArray().getShape() + " but the snapshot has " + t.shapeString());
            }
        });
        params.forEach((k, v) -> v.getArray().set(snapshot.values().get(k).data()));
    }

    @Override
    public void close() {
        manager.close();
    }
}
