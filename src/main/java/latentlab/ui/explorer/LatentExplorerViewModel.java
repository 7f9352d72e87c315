package latentlab.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import latentlab.latent.EmbeddingData;
import latentlab.latent.LatentStats;
import latentlab.latent.RangeRule;
import latentlab.ui.common.CodecAccess;

/**
 * The latent explorer's state: the current code, the range of each dimension's slider, and the
 * image decoded from the code. Every change of the code asks for a decode on the inference thread;
 * while a slider is dragged, only the newest code is decoded.
 */
public final class LatentExplorerViewModel {

    /** Sliders shown at most; larger codes keep their other dimensions at the current value. */
    public static final int MAX_SLIDERS = 32;

    private final CodecAccess codec;
    private final Object decodeKey = new Object();
    private final Object encodeKey = new Object();
    private final ReadOnlyObjectWrapper<float[]> code = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<double[]>> ranges = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<RangeRule> rangeRule = new SimpleObjectProperty<>(RangeRule.DATA_MIN_MAX);
    private final ReadOnlyObjectWrapper<float[]> decoded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outOfRange = new ReadOnlyStringWrapper("");
    private final Random random = new Random();
    private EmbeddingData data;
    private LatentStats stats;
    private boolean variational;
    private int label = -1;

    public LatentExplorerViewModel(CodecAccess codec) {
        this.codec = codec;
        rangeRule.addListener((o, a, b) -> recomputeRanges());
        code.addListener((o, a, b) -> noteOutOfRange());
        ranges.addListener((o, a, b) -> noteOutOfRange());
    }

    public ReadOnlyObjectProperty<float[]> codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** [low, high] of each slider. */
    public ReadOnlyObjectProperty<List<double[]>> rangesProperty() {
        return ranges.getReadOnlyProperty();
    }

    public ObjectProperty<RangeRule> rangeRuleProperty() {
        return rangeRule;
    }

    /** The image decoded from the current code (side x side), or null before the first decode. */
    public ReadOnlyObjectProperty<float[]> decodedProperty() {
        return decoded.getReadOnlyProperty();
    }

    /** Errors and notes for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Which dimensions of the code lie beyond their slider's range (a slider stops at its end), or "". */
    public ReadOnlyStringProperty outOfRangeProperty() {
        return outOfRange.getReadOnlyProperty();
    }

    /** Whether dimension {@code j} of the code lies beyond its slider's range. */
    public boolean isOutOfRange(int j) {
        float[] c = code.get();
        List<double[]> r = ranges.get();
        return c != null && j < c.length && j < r.size() && (c[j] < r.get(j)[0] || c[j] > r.get(j)[1]);
    }

    private void noteOutOfRange() {
        float[] c = code.get();
        List<String> beyond = new ArrayList<>();
        for (int j = 0; c != null && j < Math.min(MAX_SLIDERS, c.length); j++) {
            if (isOutOfRange(j)) {
                double[] r = ranges.get().get(j);
                beyond.add(String.format("z%d = %+.2f (slider %+.2f to %+.2f)", j + 1, c[j], r[0], r[1]));
            }
        }
        outOfRange.set(beyond.isEmpty() ? ""
                : "Beyond the slider's range, which stops at its end: " + String.join(", ", beyond));
    }

    public boolean isVariational() {
        return variational;
    }

    public EmbeddingData data() {
        return data;
    }

    public int sliderCount() {
        return code.get() == null ? 0 : Math.min(MAX_SLIDERS, code.get().length);
    }

    /**
     * The codes to explore and what kind of model made them: a variational model's sliders start
     * on the prior (+-3 sigma), other models' on the range of their codes. Starts at the mean code.
     */
    public void setData(EmbeddingData d, boolean variationalModel) {
        data = d;
        stats = LatentStats.of(d.codes(), d.dim());
        variational = variationalModel;
        if (rangeRule.get() == RangeRule.defaultFor(variationalModel)) {
            recomputeRanges();
        } else {
            rangeRule.set(RangeRule.defaultFor(variationalModel));
        }
        resetToMean();
    }

    /** The class a conditional decoder is asked for (-1: none). */
    public void setLabel(int l) {
        label = l;
        requestDecode();
    }

    private void recomputeRanges() {
        if (stats == null) {
            return;
        }
        List<double[]> r = new ArrayList<>();
        for (int j = 0; j < stats.dim(); j++) {
            r.add(rangeRule.get().range(stats, j));
        }
        ranges.set(List.copyOf(r));
    }

    /** Sets dimension {@code j} of the code (a slider moved). */
    public void setDimension(int j, double value) {
        float[] c = code.get().clone();
        if (c[j] == (float) value) {
            return;
        }
        c[j] = (float) value;
        setCode(c);
    }

    /** Replaces the whole code (dragged point, encoded sample) and asks for its image. */
    public void setCode(float[] c) {
        if (data != null && c.length != data.dim()) {
            throw new IllegalArgumentException("code of size " + c.length + " for a latent space of " + data.dim());
        }
        code.set(c.clone());
        requestDecode();
    }

    /** Back to the mean code of the data (the prior's mean, zero, without data). */
    public void resetToMean() {
        if (data == null) {
            return;
        }
        setCode(stats != null ? stats.meanCode() : new float[code.get().length]);
    }

    /**
     * A random code: from the prior N(0, I) for variational models; for the others, which have no
     * prior, from a normal distribution fitted to their codes.
     */
    public void sampleFromPrior() {
        if (data == null) {
            return;
        }
        float[] c = new float[data.dim()];
        for (int j = 0; j < c.length; j++) {
            double z = random.nextGaussian();
            c[j] = (float) (variational ? z : stats.mean()[j] + z * stats.sd()[j]);
        }
        setCode(c);
    }

    public String sampleButtonText() {
        return variational ? "Sample from prior" : "Sample (normal fit of codes)";
    }

    /** Encodes sample {@code i} of the data with the model (its stored code without one). */
    public void encodeSample(int i) {
        if (i < 0 || data == null) {
            message.set("Select a sample first: click a point of the embedding");
            return;
        }
        float[] image = data.image(i);
        if (image == null || !codec.hasCodec()) {
            setCode(data.code(i));
            return;
        }
        codec.encodeAndReconstruct(encodeKey, image, data.labels()[i], r -> setCode(r[0]), message::set);
    }

    public void setRandomSeed(long seed) {
        random.setSeed(seed);
    }

    private void requestDecode() {
        float[] c = code.get();
        if (c == null || !codec.hasCodec()) {
            message.set(codec.hasCodec() ? "" : "No model: the code can be moved, but nothing can be decoded");
            return;
        }
        codec.decode(decodeKey, c, label, img -> {
            decoded.set(img);
            message.set("");
        }, message::set);
    }
}
