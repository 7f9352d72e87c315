package latentlab.ui.workspace;

import java.util.Arrays;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.EmbeddingData;
import latentlab.train.TrainingEvent;

/**
 * Which codes a workspace's views show: during a run, the validation subset the run follows
 * live; once it ends or a checkpoint opens, every image of the data set, encoded by the model.
 */
final class WorkspaceCodes {
    /** What the legends say the views show: the whole set, or the subset followed during training. */
    static final String ALL_SAMPLES = "Counts of training + validation images";
    static final String LIVE_SAMPLES = "Counts of the validation images followed live during training";

    /** The validation indices of the live subset shown, to reuse its images. */
    private int[] liveIndices;

    /** The live subset's codes, with its images for tooltips (gathered once per subset). */
    EmbeddingData live(TrainingEvent.Embedding e, Dataset validation, EmbeddingData last) {
        if (last != null && liveIndices != null && Arrays.equals(liveIndices, e.indices())
                && last.dim() == e.latentDim() && last.size() == e.indices().length) {
            return last.withCodes(e.codes());
        }
        int per = validation.pixelsPerImage();
        float[] images = new float[e.indices().length * per];
        validation.gather(e.indices(), images);
        liveIndices = e.indices().clone();
        return new EmbeddingData(e.codes(), e.latentDim(), e.labels(), validation.classNames(), images,
                validation.rows());
    }

    /** The whole set is shown now: the next live codes are a new subset. */
    void forgetLive() {
        liveIndices = null;
    }

    /** Every image of {@code data}, training then validation, with its code; null without a codec. Runs on the inference thread. */
    static EmbeddingData wholeSet(Codec codec, DataSplit data) {
        if (codec == null) {
            return null;
        }
        Dataset train = data.train();
        Dataset val = data.validation();
        int n = train.size() + val.size();
        float[] images = new float[n * train.pixelsPerImage()];
        System.arraycopy(train.pixels(), 0, images, 0, train.pixels().length);
        System.arraycopy(val.pixels(), 0, images, train.pixels().length, val.pixels().length);
        int[] labels = new int[n];
        System.arraycopy(train.labels(), 0, labels, 0, train.size());
        System.arraycopy(val.labels(), 0, labels, train.size(), val.size());
        float[] codes = DatasetEncoder.encodeAll(codec, List.of(train, val));
        return new EmbeddingData(codes, codec.spec().latentDim(), labels, train.classNames(), images, train.rows());
    }
}
