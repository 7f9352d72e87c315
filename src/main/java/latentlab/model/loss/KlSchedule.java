package latentlab.model.loss;

import latentlab.model.StepContext;

/**
 * The weight of the KL term: {@code beta * min(1, epoch / warmupEpochs)}, a linear ramp from 0 at
 * the first epoch to beta after {@code warmupEpochs} (no warm-up: beta throughout). Starting
 * small lets the decoder learn to use the code before the prior pulls the codes together.
 */
public final class KlSchedule {
    private final double beta;
    private final int warmupEpochs;

    public KlSchedule(double beta, int warmupEpochs) {
        this.beta = beta;
        this.warmupEpochs = warmupEpochs;
    }

    public double weight(StepContext ctx) {
        if (warmupEpochs == 0) {
            return beta;
        }
        return beta * Math.min(1.0, (double) ctx.epoch() / warmupEpochs);
    }
}
