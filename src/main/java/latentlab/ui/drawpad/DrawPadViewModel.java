package latentlab.ui.drawpad;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import latentlab.latent.MnistPreprocessor;
import latentlab.ui.common.CodecAccess;

/**
 * A pad to draw a digit on (or drop a picture onto): the ink is preprocessed as MNIST was, encoded
 * and reconstructed by the model on the inference thread, the newest drawing replacing older
 * requests. The pad itself is a plain float buffer, white ink on black.
 */
public final class DrawPadViewModel {

    public static final int PAD = 280;
    private static final double BRUSH = 11;

    private final CodecAccess codec;
    private final Object key = new Object();
    private final float[] ink = new float[PAD * PAD];
    private final ReadOnlyIntegerWrapper inkRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<float[]> preprocessed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> code = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> reconstruction = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Draw a digit, or drop a picture here");

    public DrawPadViewModel(CodecAccess codec) {
        this.codec = codec;
    }

    /** The pad, PAD x PAD, ink in [0,1]; read only. */
    public float[] ink() {
        return ink;
    }

    public ReadOnlyIntegerProperty inkRevisionProperty() {
        return inkRevision.getReadOnlyProperty();
    }

    /** The 28x28 MNIST-like image the model sees. */
    public ReadOnlyObjectProperty<float[]> preprocessedProperty() {
        return preprocessed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<float[]> codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<float[]> reconstructionProperty() {
        return reconstruction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Draws a stroke from (x0,y0) to (x1,y1) in pad pixels with a soft round brush. */
    public void stroke(double x0, double y0, double x1, double y1) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        int steps = Math.max(1, (int) Math.ceil(len / 2));
        for (int s = 0; s <= steps; s++) {
            double t = (double) s / steps;
            dab(x0 + t * (x1 - x0), y0 + t * (y1 - y0));
        }
        inkRevision.set(inkRevision.get() + 1);
    }

    private void dab(double cx, double cy) {
        int r = (int) Math.ceil(BRUSH + 1);
        for (int y = Math.max(0, (int) cy - r); y <= Math.min(PAD - 1, (int) cy + r); y++) {
            for (int x = Math.max(0, (int) cx - r); x <= Math.min(PAD - 1, (int) cx + r); x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                float v = (float) Math.max(0, Math.min(1, BRUSH - d + 0.5));
                int p = y * PAD + x;
                ink[p] = Math.max(ink[p], v);
            }
        }
    }

    public void clear() {
        Arrays.fill(ink, 0);
        inkRevision.set(inkRevision.get() + 1);
        preprocessed.set(null);
        code.set(null);
        reconstruction.set(null);
        message.set("Draw a digit, or drop a picture here");
    }

    /** Preprocesses the pad and asks the model for its code and reconstruction (after each stroke). */
    public void submitDrawing() {
        submit(MnistPreprocessor.fromInk(ink, PAD, PAD));
    }

    /** A picture of any size and colours (dropped or opened): preprocessed, shown on the pad, encoded. */
    public void loadPicture(int[] argb, int width, int height, String name) {
        float[] img = MnistPreprocessor.fromArgb(argb, width, height);
        int scale = PAD / MnistPreprocessor.SIDE;
        for (int y = 0; y < PAD; y++) {
            for (int x = 0; x < PAD; x++) {
                ink[y * PAD + x] = img[(y / scale) * MnistPreprocessor.SIDE + x / scale];
            }
        }
        inkRevision.set(inkRevision.get() + 1);
        message.set("Loaded " + name);
        submit(img);
    }

    /** Encodes the drawing shown again (the model's weights changed). */
    public void encodeAgain() {
        float[] img = preprocessed.get();
        if (img != null) {
            submit(img);
        }
    }

    /** A file that could not be read as a picture. */
    public void rejectFile(String reason) {
        message.set(reason);
    }

    private void submit(float[] img) {
        preprocessed.set(img);
        boolean empty = true;
        for (float v : img) {
            empty &= v == 0;
        }
        if (empty) {
            message.set("Nothing drawn yet");
            return;
        }
        if (!codec.hasCodec()) {
            message.set("No model: train or open one to encode the drawing");
            return;
        }
        codec.encodeAndReconstruct(key, img, -1, r -> {
            code.set(r[0]);
            reconstruction.set(r[1]);
        }, message::set);
    }
}
