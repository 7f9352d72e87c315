package latentlab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of every parameter of a model at one instant (a batch boundary), by stable name,
 * in the model's own order. Decoding during training reads a snapshot, never the live weights
 * that the optimizer is changing.
 *
 * @param values parameter name to values
 */
public record ParamSnapshot(Map<String, Tensor> values) {
    public ParamSnapshot {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public long parameterCount() {
        long n = 0;
        for (Tensor t : values.values()) {
            n += t.data().length;
        }
        return n;
    }
}
