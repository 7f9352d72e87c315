package latentlab.ui.shell;

import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.EmbeddingData;
import latentlab.model.ModelSpec;
import latentlab.model.LossTerms;
import latentlab.train.checkpoint.EpochMetrics;
import latentlab.train.ModelFactory;
import latentlab.train.SnapshotCodec;
import latentlab.train.TrainingEvent;
import latentlab.ui.training.LossChartViewModel;
import latentlab.ui.training.ReconstructionPanel;
import latentlab.ui.training.TrainedModel;
import latentlab.ui.training.TrainingViewModel;

/**
 * Connects a training run to the views: loss points to the chart, reconstructions to their panel,
 * live codes to the embeddings, and each new weight snapshot to the shared codec. When a run ends
 * or a checkpoint is opened, every image of the data set is encoded for the embeddings.
 */
final class TrainingWiring {
    /** What the legends say the embeddings show: the whole set, or the subset followed during training. */
    static final String ALL_SAMPLES = "Counts of training + validation images";
    static final String LIVE_SAMPLES = "Counts of the validation images followed live during training";

    private final TrainingViewModel training;
    private final MainViewModel main;
    private final LossChartViewModel chart;
    private final ReconstructionPanel reconstructions;
    private final ExplorerViews explorers;
    private final ModelFactory factory;
    /** The validation indices of the live embedding shown, to reuse its images. */
    private int[] liveIndices;

    TrainingWiring(TrainingViewModel training, MainViewModel main, LossChartViewModel chart,
            ReconstructionPanel reconstructions, ExplorerViews explorers, ModelFactory factory) {
        this.training = training;
        this.main = main;
        this.chart = chart;
        this.reconstructions = reconstructions;
        this.explorers = explorers;
        this.factory = factory;
    }

    void connect() {
        training.history().addListener((ListChangeListener<EpochMetrics>) c -> {
            boolean appendedOnly = true;
            while (c.next()) {
                appendedOnly &= c.wasAdded() && !c.wasRemoved() && !c.wasReplaced() && !c.wasPermutated();
            }
            c.reset();
            if (appendedOnly) {
                while (c.next()) {
                    c.getAddedSubList().forEach(this::chartEpoch);
                }
            } else {
                // A new run or an opened checkpoint: the chart shows exactly the new history.
                chart.clear();
                c.getList().forEach(this::chartEpoch);
            }
        });
        training.lastBatchProperty().addListener((o, old, b) -> {
            if (b != null) {
                Map<String, Double> losses = b.losses().get(TrainingViewModel.SESSION);
                if (losses != null && losses.get(LossTerms.TOTAL) != null) {
                    double x = b.epoch() - 1 + (double) b.batch() / b.batchesPerEpoch();
                    chart.addBatchPoint(x, losses.get(LossTerms.TOTAL), training.learningRateProperty().get());
                }
            }
        });
        training.reconstructionsProperty().addListener((o, old, r) -> {
            if (r != null) {
                reconstructions.show(r.originals(), r.reconstructions(), r.labels().length, r.imageSide(),
                        "epoch " + r.epoch());
            } else {
                reconstructions.imageView().setImage(null);
            }
        });
        training.embeddingProperty().addListener((o, old, e) -> {
            DataSplit data = main.dataProperty().get();
            if (e != null && data != null) {
                explorers.updateCodes(liveEmbedding(e, data.validation()), LIVE_SAMPLES);
            }
        });
        training.modelProperty().addListener((o, old, m) -> {
            if (m != null) {
                DataSplit data = main.dataProperty().get();
                if (old == null || !old.spec().equals(m.spec())) {
                    explorers.setConditional(m.spec().kind().isConditional(),
                            data != null ? data.train().classNames() : java.util.List.of());
                    explorers.setVariational(m.spec().kind().isVariational());
                }
                useSnapshot(m);
                // An opened checkpoint shows its codes at once; a run shows its live codes instead.
                if (training.stateProperty().get() == TrainingViewModel.State.IDLE) {
                    embedWholeDataSet();
                }
            }
        });
        main.dataProperty().addListener((o, old, d) -> embedWholeDataSet());
        training.stateProperty().addListener((o, old, s) -> {
            if (s == TrainingViewModel.State.IDLE && old != TrainingViewModel.State.IDLE) {
                embedWholeDataSet();
            }
        });
    }

    private void chartEpoch(EpochMetrics m) {
        chart.addEpoch(m.epoch(), withoutSwitchedOffTerms(m.train()), withoutSwitchedOffTerms(m.validation()));
    }

    /** Terms that are exactly 0 are penalties switched off (weight 0): curves of them only add clutter. */
    static Map<String, Double> withoutSwitchedOffTerms(Map<String, Double> terms) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        terms.forEach((k, v) -> {
            if (v != null && v != 0.0) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Decoding follows the new weights: the codec is updated (or built) on the inference thread. */
    private void useSnapshot(TrainedModel m) {
        explorers.useModel(current -> {
            if (current instanceof SnapshotCodec sc && sc.spec().equals(m.spec())) {
                sc.update(m.parameters());
                return sc;
            }
            return new SnapshotCodec(factory, m.spec(), m.parameters());
        }, main::reportError);
    }

    /** The live subset's codes, with its images for tooltips (gathered once per subset). */
    private EmbeddingData liveEmbedding(TrainingEvent.Embedding e, Dataset validation) {
        EmbeddingData last = explorers.shown();
        if (last != null && liveIndices != null && java.util.Arrays.equals(liveIndices, e.indices())
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

    /** Encodes every image of the loaded data set with the current model and shows them all. */
    private void embedWholeDataSet() {
        DataSplit data = main.dataProperty().get();
        TrainedModel model = training.modelProperty().get();
        if (data == null || model == null || data.train().pixelsPerImage() != model.spec().inputSize()) {
            return;
        }
        boolean variational = model.spec().kind().isVariational();
        explorers.codecs().executor().submit("embed-all", () -> encodeAll(explorers.codecs().codec(), data),
                all -> {
                    if (all != null) {
                        liveIndices = null;
                        explorers.showData(all, ALL_SAMPLES, variational);
                    }
                }, e -> main.reportError("The data set could not be encoded: " + e.getMessage()));
    }

    /** Runs on the inference thread. */
    private static EmbeddingData encodeAll(Codec codec, DataSplit data) {
        if (codec == null) {
            return null;
        }
        Dataset train = data.train();
        Dataset val = data.validation();
        int n = train.size() + val.size();
        int per = train.pixelsPerImage();
        float[] images = new float[n * per];
        System.arraycopy(train.pixels(), 0, images, 0, train.pixels().length);
        System.arraycopy(val.pixels(), 0, images, train.pixels().length, val.pixels().length);
        int[] labels = new int[n];
        System.arraycopy(train.labels(), 0, labels, 0, train.size());
        System.arraycopy(val.labels(), 0, labels, train.size(), val.size());
        ModelSpec spec = codec.spec();
        float[] codes = DatasetEncoder.encodeAll(codec, List.of(train, val));
        return new EmbeddingData(codes, spec.latentDim(), labels, train.classNames(), images, train.rows());
    }
}
