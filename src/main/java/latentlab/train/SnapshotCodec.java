package latentlab.train;

import ai.djl.ndarray.NDManager;
import latentlab.latent.Codec;
import latentlab.model.Autoencoder;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.model.engine.EngineThreads;
import latentlab.model.engine.Engines;

/**
 * A {@link Codec} over its own model instance, restored from a {@link ParamSnapshot}: decoding
 * while training runs reads a batch-boundary copy of the weights, never the ones Adam is
 * changing. Create, use and close it on one thread (the decoding thread); grad mode is switched
 * off on that thread, since the engine switches it off only on the thread that loaded it.
 */
public final class SnapshotCodec implements Codec {
    private final NDManager manager;
    private final Autoencoder model;
    private final Thread owner;

    public SnapshotCodec(ModelFactory factory, ModelSpec spec, ParamSnapshot snapshot) {
        this.manager = Engines.newManager();
        EngineThreads.noGradients();
        this.owner = Thread.currentThread();
        try {
            this.model = factory.create(spec, manager, 0);
            model.restore(snapshot);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** Adopts newer weights (same architecture) without building a new model. */
    public void update(ParamSnapshot snapshot) {
        checkThread();
        model.restore(snapshot);
    }

    @Override
    public ModelSpec spec() {
        return model.spec();
    }

    @Override
    public float[] encode(float[] pixels, int[] labels) {
        checkThread();
        return ModelIo.encode(model, manager, pixels, labels);
    }

    @Override
    public float[] encodeLogVariance(float[] pixels, int[] labels) {
        checkThread();
        return ModelIo.encodeLogVariance(model, manager, pixels, labels);
    }

    @Override
    public float[] decode(float[] codes, int[] labels) {
        checkThread();
        return ModelIo.decode(model, manager, codes, labels);
    }

    @Override
    public float[] reconstruct(float[] pixels, int[] labels) {
        checkThread();
        return ModelIo.reconstruct(model, manager, pixels, labels);
    }

    private void checkThread() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a SnapshotCodec is confined to the thread that created it ("
                    + owner.getName() + ")");
        }
    }

    @Override
    public void close() {
        model.close();
        manager.close();
    }
}
