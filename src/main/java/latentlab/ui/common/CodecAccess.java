package latentlab.ui.common;

import java.util.function.Consumer;
import latentlab.latent.Codec;

/**
 * The views' way to a model: every encode and decode runs on the one inference thread of a
 * {@link CoalescingExecutor} (a Codec is confined to one thread), keyed so a view's newer request
 * replaces its older one. The codec can be swapped (a new snapshot each epoch); the old one is
 * closed on the inference thread after the jobs before it.
 */
public final class CodecAccess {

    private final CoalescingExecutor inference;
    private volatile Codec codec;
    private long swaps;

    public CodecAccess(CoalescingExecutor inference) {
        this.inference = inference;
    }

    public CoalescingExecutor executor() {
        return inference;
    }

    /** The model to use from now on (null: none); the previous one is closed. */
    public void setCodec(Codec next) {
        Codec old = codec;
        codec = next;
        if (old != null && old != next) {
            inference.submit("codec-close-" + (swaps++), () -> {
                old.close();
                return null;
            }, r -> { }, e -> { });
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
        inference.submit(key, () -> {
            Codec m = require();
            return m.decode(c, labels(m, label));
        }, onImage, e -> onError.accept(message(e)));
    }

    /** Decodes many codes (n x dim) at once. */
    public void decodeAll(Object key, float[] codes, int[] labels, Consumer<float[]> onImages, Consumer<String> onError) {
        inference.submit(key, () -> require().decode(codes, labels), onImages, e -> onError.accept(message(e)));
    }

    /** Encodes one image and decodes the code again: the result is {code, reconstruction}. */
    public void encodeAndReconstruct(Object key, float[] image, int label, Consumer<float[][]> onResult,
            Consumer<String> onError) {
        float[] x = image.clone();
        inference.submit(key, () -> {
            Codec m = require();
            int[] l = labels(m, label);
            float[] code = m.encode(x, l);
            return new float[][] {code, m.decode(code, l)};
        }, onResult, e -> onError.accept(message(e)));
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
