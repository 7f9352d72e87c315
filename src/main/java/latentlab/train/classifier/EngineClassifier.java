package latentlab.train.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import latentlab.latent.Classification;
import latentlab.latent.Classifier;
import latentlab.model.ParamSnapshot;
import latentlab.model.classifier.ReferenceCnn;
import latentlab.model.engine.EngineThreads;
import latentlab.model.engine.Engines;
import latentlab.model.engine.Upload;

/**
 * A {@link Classifier} over the reference CNN restored from a parameter snapshot, as
 * {@code SnapshotCodec} is a codec. Create, use and close it on one thread; grad mode is switched
 * off on that thread.
 */
public final class EngineClassifier implements Classifier {
    /** Images per engine call: bounded memory whatever the request. */
    private static final int CHUNK = 1024;

    private final NDManager manager;
    private final ReferenceCnn net;
    private final Thread owner;

    /** @throws IllegalArgumentException naming the parameter when the snapshot does not fit the network */
    public EngineClassifier(ParamSnapshot snapshot) {
        this.manager = Engines.newManager();
        EngineThreads.noGradients();
        this.owner = Thread.currentThread();
        try {
            this.net = new ReferenceCnn(manager, 0);
            net.restore(snapshot);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public int pixelsPerImage() {
        return ReferenceCnn.SIDE * ReferenceCnn.SIDE;
    }

    @Override
    public int classCount() {
        return ReferenceCnn.CLASSES;
    }

    @Override
    public int featureSize() {
        return ReferenceCnn.FEATURES;
    }

    @Override
    public Classification classify(float[] pixels) {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("an EngineClassifier is confined to the thread that created it ("
                    + owner.getName() + ")");
        }
        int p = pixelsPerImage();
        if (pixels.length % p != 0) {
            throw new IllegalArgumentException(pixels.length + " values are not whole images of " + p + " pixels");
        }
        int n = pixels.length / p;
        float[] probabilities = new float[n * classCount()];
        float[] features = new float[n * featureSize()];
        for (int start = 0; start < n; start += CHUNK) {
            int m = Math.min(CHUNK, n - start);
            float[] chunk = new float[m * p];
            System.arraycopy(pixels, start * p, chunk, 0, chunk.length);
            try (NDManager step = manager.newSubManager()) {
                NDArray f = net.features(Upload.floats(step, chunk, new Shape(m, p)));
                System.arraycopy(f.toFloatArray(), 0, features, start * featureSize(), m * featureSize());
                System.arraycopy(net.probabilities(f).toFloatArray(), 0, probabilities, start * classCount(),
                        m * classCount());
            }
        }
        return new Classification(probabilities, features, classCount(), featureSize());
    }

    @Override
    public void close() {
        net.close();
        manager.close();
    }
}
