package latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loss of one batch, split into its terms. {@link #total()} is what gradients flow from;
 * every other term is reported on its own (reconstruction, KL, sparsity, contraction, weight
 * decay). Each value is a scalar, already weighted and averaged over the batch as it enters the
 * total.
 */
public final class LossTerms {
    public static final String TOTAL = "total";
    public static final String RECONSTRUCTION = "reconstruction";
    public static final String KL = "kl";
    public static final String SPARSITY = "sparsity";
    public static final String CONTRACTION = "contraction";
    public static final String WEIGHT_DECAY = "weight_decay";

    private final NDArray total;
    private final Map<String, NDArray> terms;

    /** {@code terms} in report order; the total must not be among them. */
    public LossTerms(NDArray total, Map<String, NDArray> terms) {
        this.total = total;
        this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    public NDArray total() {
        return total;
    }

    /** The separate terms in report order, the total excluded. */
    public Map<String, NDArray> terms() {
        return terms;
    }

    /**
     * Every value as a double, the total first: what crosses the service boundary. The values are
     * stacked in the engine and read in one copy, not one read per term.
     */
    public Map<String, Double> toDoubles() {
        NDList all = new NDList(total);
        all.addAll(terms.values());
        float[] values;
        try (NDArray stacked = NDArrays.stack(all)) {
            values = stacked.toFloatArray();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(TOTAL, (double) values[0]);
        int i = 1;
        for (String name : terms.keySet()) {
            out.put(name, (double) values[i++]);
        }
        return out;
    }
}
