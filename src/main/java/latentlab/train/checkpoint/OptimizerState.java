package latentlab.train.checkpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.model.Tensor;

/**
 * Adam's memory, in plain Java: what goes into a checkpoint so that a resumed run takes exactly
 * the steps the uninterrupted run would have taken.
 *
 * @param beta1 decay of the first moment
 * @param beta2 decay of the second moment
 * @param epsilon added to the denominator
 * @param steps updates applied so far, per parameter
 * @param firstMoments m, per parameter
 * @param secondMoments v, per parameter
 */
public record OptimizerState(
        double beta1,
        double beta2,
        double epsilon,
        Map<String, Long> steps,
        Map<String, Tensor> firstMoments,
        Map<String, Tensor> secondMoments) {

    public OptimizerState {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        firstMoments = Collections.unmodifiableMap(new LinkedHashMap<>(firstMoments));
        secondMoments = Collections.unmodifiableMap(new LinkedHashMap<>(secondMoments));
        if (!steps.keySet().equals(firstMoments.keySet()) || !steps.keySet().equals(secondMoments.keySet())) {
            throw new IllegalArgumentException("optimizer state names differ between steps and moments");
        }
    }

    /** The state of a model that has not taken a step (closed-form models keep this one). */
    public static OptimizerState empty(double beta1, double beta2, double epsilon) {
        return new OptimizerState(beta1, beta2, epsilon, Map.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
