package latentlab.model.family;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Random;
import latentlab.model.LossTerms;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.model.StepContext;
import latentlab.model.block.Net;
import latentlab.model.block.ParameterStore;
import latentlab.model.loss.KlDivergence;
import latentlab.model.loss.KlSchedule;
import latentlab.model.loss.Reconstruction;
import latentlab.model.block.Scalars;
import latentlab.model.engine.Upload;

/**
 * A variational autoencoder (MLP or convolutional), optionally conditioned on the class.
 *
 * <p>The encoder's last layer gives {@code (mu, logvar)} as one 2d-wide output (one op, then a
 * split). Loss, per sample and averaged over the batch:
 * {@code reconstruction(x, decode(z)) + w * KL(N(mu, exp(logvar)) || N(0, I)) + weightDecay * sum W^2}
 * with {@code z = mu + exp(logvar / 2) * eps}, {@code eps ~ N(0, I)} in training and {@code z = mu}
 * otherwise, and {@code w} the KL weight of {@link KlSchedule}. A conditional model appends the
 * one-hot label to the encoder's input and to the decoder's input.
 *
 * <p>With free bits {@code lambda > 0} (Kingma et al., 2016) the KL term is
 * {@code sum_j max(lambda, KL_j)}, {@code KL_j} the j-th code dimension's KL averaged over the batch:
 * a dimension that carries less than {@code lambda} nats costs the same as one that carries
 * none, so the gradient stops pushing it onto the prior.
 */
final class VariationalAutoencoder extends ParametricModel {
    private final Net encoder;
    private final Net decoder;
    private final Reconstruction reconstruction;
    private final KlSchedule klSchedule;
    private final double freeBits;
    private final long noiseSeed;

    VariationalAutoencoder(ModelSpec spec, ParameterStore store, Net encoder, Net decoder) {
        super(spec, store);
        this.encoder = encoder;
        this.decoder = decoder;
        this.reconstruction = new Reconstruction(spec.get(Settings.OUTPUT), spec.get(Settings.RECONSTRUCTION));
        this.klSchedule = new KlSchedule(spec.get(Settings.BETA), spec.get(Settings.KL_WARMUP));
        this.freeBits = spec.get(Settings.FREE_BITS);
        // Drawn after the parameters. The noise of a step depends only on this seed and the step
        // number, so sampling is reproducible per model and a resumed run draws what it would have.
        this.noiseSeed = store.random().nextLong();
    }

    @Override
    public LossTerms loss(NDArray x, NDArray labels, StepContext ctx) {
        NDList moments = encoder.forward(condition(x, labels)).split(new long[] {spec.latentDim()}, 1);
        NDArray mu = moments.get(0);
        NDArray logvar = moments.get(1);
        NDArray z = ctx.training() ? sample(mu, logvar, ctx.step()) : mu;
        LinkedHashMap<String, NDArray> terms = new LinkedHashMap<>();
        terms.put(LossTerms.RECONSTRUCTION, reconstruction.loss(decoder.forward(condition(z, labels)), x));
        terms.put(LossTerms.KL, kl(mu, logvar, klSchedule.weight(ctx)));
        terms.put(LossTerms.WEIGHT_DECAY, weightDecay(x.getManager()));
        return sum(terms);
    }

    /** The KL term times its weight: plain (the weight folded into its constants), or with free bits per dimension. */
    private NDArray kl(NDArray mu, NDArray logvar, double weight) {
        if (freeBits == 0) {
            return KlDivergence.toStandardNormal(mu, logvar, weight);
        }
        long n = mu.getShape().get(0);
        // KL_j = -1/2 (1 + mean_i(logvar_ij - mu_ij^2 - exp(logvar_ij))), one value per dimension.
        NDArray perDimension = logvar.sub(mu.square()).sub(logvar.exp()).sum(new int[] {0});
        NDArray floor = Upload.scalar(mu.getManager(), (float) freeBits);
        return Scalars.times(Scalars.times(perDimension, -0.5 / n).sub(0.5f).maximum(floor).sum(), weight);
    }

    /** {@code mu + exp(logvar / 2) * eps}; eps drawn in Java (a few thousand values) and uploaded. */
    private NDArray sample(NDArray mu, NDArray logvar, long step) {
        Shape shape = mu.getShape();
        float[] eps = new float[Math.toIntExact(shape.size())];
        Random noise = new Random(noiseSeed ^ (step * 0x9E3779B97F4A7C15L));
        for (int i = 0; i < eps.length; i++) {
            eps[i] = (float) noise.nextGaussian();
        }
        return Scalars.times(logvar, 0.5).exp().mul(Upload.floats(mu.getManager(), eps, shape)).add(mu);
    }

    @Override
    public NDArray encode(NDArray x, NDArray labels) {
        return encoder.forward(condition(x, labels)).get(":, :{}", spec.latentDim());
    }

    @Override
    public NDArray encodeLogVariance(NDArray x, NDArray labels) {
        return encoder.forward(condition(x, labels)).get(":, {}:", spec.latentDim());
    }

    @Override
    public NDArray decode(NDArray z, NDArray labels) {
        return reconstruction.pixels(decoder.forward(condition(z, labels)));
    }

    /** x with the one-hot label appended, for a conditional model; x itself otherwise. */
    private NDArray condition(NDArray x, NDArray labels) {
        if (!spec.kind().isConditional()) {
            return x;
        }
        if (labels == null) {
            throw new IllegalArgumentException(spec.kind() + " needs a class label for every row");
        }
        return x.concat(labels.oneHot(spec.get(Settings.CLASSES), x.getDataType()), 1);
    }
}
