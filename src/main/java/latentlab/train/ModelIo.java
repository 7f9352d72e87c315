package latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import latentlab.model.Autoencoder;
import latentlab.model.engine.Upload;

/** Runs a model on plain arrays: the crossing between float[] and the engine, in one place. */
final class ModelIo {
    private ModelIo() {
    }

    static NDArray labels(NDManager m, int[] labels, int n) {
        return labels == null ? m.zeros(new Shape(n), DataType.INT32) : Upload.ints(m, labels);
    }

    static float[] encode(Autoencoder model, NDManager parent, float[] pixels, int[] labels) {
        int n = pixels.length / model.spec().inputSize();
        try (NDManager m = parent.newSubManager()) {
            NDArray x = Upload.floats(m, pixels, new Shape(n, model.spec().inputSize()));
            return model.encode(x, labels(m, labels, n)).toFloatArray();
        }
    }

    static float[] encodeLogVariance(Autoencoder model, NDManager parent, float[] pixels, int[] labels) {
        int n = pixels.length / model.spec().inputSize();
        try (NDManager m = parent.newSubManager()) {
            NDArray x = Upload.floats(m, pixels, new Shape(n, model.spec().inputSize()));
            return model.encodeLogVariance(x, labels(m, labels, n)).toFloatArray();
        }
    }

    static float[] decode(Autoencoder model, NDManager parent, float[] codes, int[] labels) {
        int n = codes.length / model.spec().latentDim();
        try (NDManager m = parent.newSubManager()) {
            NDArray z = Upload.floats(m, codes, new Shape(n, model.spec().latentDim()));
            return model.decode(z, labels(m, labels, n)).toFloatArray();
        }
    }

    static float[] reconstruct(Autoencoder model, NDManager parent, float[] pixels, int[] labels) {
        int n = pixels.length / model.spec().inputSize();
        try (NDManager m = parent.newSubManager()) {
            NDArray x = Upload.floats(m, pixels, new Shape(n, model.spec().inputSize()));
            NDArray y = labels(m, labels, n);
            return model.decode(model.encode(x, y), y).toFloatArray();
        }
    }
}
