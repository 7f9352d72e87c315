package latentlab.model.family;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.model.Autoencoder;
import latentlab.model.LossTerms;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.Settings;
import latentlab.model.block.ParameterStore;
import latentlab.model.block.Scalars;
import latentlab.model.engine.Upload;

/** What every model shares: its spec, its parameters and their manager, snapshots. */
abstract class ParametricModel implements Autoencoder {
    protected final ModelSpec spec;
    protected final ParameterStore store;

    protected ParametricModel(ModelSpec spec, ParameterStore store) {
        this.spec = spec;
        this.store = store;
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public Map<String, Parameter> parameters() {
        return store.parameters();
    }

    @Override
    public NDManager manager() {
        return store.manager();
    }

    @Override
    public ParamSnapshot snapshot() {
        return store.snapshot();
    }

    @Override
    public void restore(ParamSnapshot snapshot) {
        store.restore(snapshot);
    }

    /** {@code weightDecay * sum W^2} over the weights (not biases); a constant 0 when off. */
    protected NDArray weightDecay(NDManager step) {
        double weight = weightDecay();
        if (weight == 0) {
            return Upload.scalar(step, 0f);
        }
        return Scalars.times(store.squaredWeightNorm(step), weight);
    }

    private double weightDecay() {
        return spec.has(Settings.WEIGHT_DECAY) ? spec.get(Settings.WEIGHT_DECAY) : 0;
    }

    /**
     * The total as the sum of the terms, in report order. A weight decay that is off is reported
     * (as 0) but not added: an op and a node of the backward pass fewer in every step.
     */
    protected LossTerms sum(LinkedHashMap<String, NDArray> terms) {
        NDArray total = null;
        for (Map.Entry<String, NDArray> t : terms.entrySet()) {
            if (t.getKey().equals(LossTerms.WEIGHT_DECAY) && weightDecay() == 0) {
                continue;
            }
            total = total == null ? t.getValue() : total.add(t.getValue());
        }
        return new LossTerms(total, terms);
    }

    @Override
    public void close() {
        store.manager().close();
    }
}
