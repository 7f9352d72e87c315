package latentlab.ui.common;

import java.util.function.Consumer;
import latentlab.latent.Codec;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;

/**
 * The views' way to one model: every encode and decode runs on the model's inference thread (a
 * Codec is confined to one thread), keyed so a view's newer request replaces its older one. The
 * codec can be swapped (new weights during training); the old one is closed on the inference
 * thread after the tasks before it.
 */
public final class CodecAccess {

    private final TaskExecutor inference;
    private volatile Codec codec;

    /** @param inference a pool of exactly one thread, on which the codec is made, used and closed */
    public CodecAccess(TaskExecutor inference) {
        this.inference = inference;
    }

    public TaskExecutor executor() {
        return inference;
    }

    /** The model to use from now on (null: none); the previous one is closed. */
    public void setCodec(Codec next) {
        Codec old = codec;
        codec = next;
        if (old != null && old != next) {
            BackgroundTask.wrap(() -> {
                old.close();
                return null;
            }).executeWith(inference);
        }
    }

    /** The current model, or null; read it only on the inference thread to call it. */
    public Codec codec() {
        return codec;
    }

    public boolean hasCodec() {
        return codec != null;
    }

    /** Decodes one code; {@code label} is the class for conditional decoders, or -1. */
    public void decode(Object key, float[] code, int label, Consumer<float[]> onImage, Consumer<String> onError) {
        float[] c = code.clone();
        submit(key, () -> {
            Codec m = require();
            return m.decode(c, labels(m, label));
        }, onImage, onError);
    }

    /** Decodes many codes (n x dim) at once. */
    public void decodeAll(Object key, float[] codes, int[] labels, Consumer<float[]> onImages, Consumer<String> onError) {
        submit(key, () -> require().decode(codes, labels), onImages, onError);
    }

    /** Encodes one image and decodes the code again: the result is {code, reconstruction}. */
    public void encodeAndReconstruct(Object key, float[] image, int label, Consumer<float[][]> onResult,
            Consumer<String> onError) {
        float[] x = image.clone();
        submit(key, () -> {
            Codec m = require();
            int[] l = labels(m, label);
            float[] code = m.encode(x, l);
            return new float[][] {code, m.decode(code, l)};
        }, onResult, onError);
    }

    private <V> void submit(Object key, java.util.concurrent.Callable<V> work, Consumer<V> onResult,
            Consumer<String> onError) {
        BackgroundTask.wrap(work).keyed(key).onSuccess(onResult).onFailure(e -> onError.accept(message(e)))
                .executeWith(inference);
    }

    private Codec require() {
        Codec m = codec;
        if (m == null) {
            throw new IllegalStateException("No model is loaded: train or open one first");
        }
        return m;
    }

    private static int[] labels(Codec m, int label) {
        if (label >= 0) {
            return new int[] {label};
        }
        return m.spec().kind().isConditional() ? new int[] {0} : null;
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
