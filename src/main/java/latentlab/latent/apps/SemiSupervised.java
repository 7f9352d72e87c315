package latentlab.latent.apps;

import java.util.ArrayList;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.PcaCodec;
import latentlab.latent.Subsample;

/**
 * Semi-supervised learning with an autoencoder: the model learned its codes from unlabelled
 * training images; a linear classifier then learns the classes from a few labelled ones. Its
 * validation accuracy on the codes is set against the same classifier on raw pixels and on PCA
 * codes of the same size (PCA fitted, like the model, on every training image without labels).
 */
public final class SemiSupervised {
    /** The labelled counts of the course: 10, 100 and 1,000 images. */
    public static final List<Integer> COURSE_COUNTS = List.of(10, 100, 1000);

    private SemiSupervised() {
    }

    /** Encodes both splits with {@code codec} and fills the table for each labelled count. */
    public static SemiSupervisedTable evaluate(Codec codec, DataSplit data, List<Integer> counts, long seed) {
        float[] trainCodes = DatasetEncoder.encodeAll(codec, List.of(data.train()));
        float[] validationCodes = DatasetEncoder.encodeAll(codec, List.of(data.validation()));
        return evaluate(trainCodes, validationCodes, codec.latentDim(), data, counts, seed);
    }

    /**
     * Fills the table from codes already computed.
     *
     * @param trainCodes the codes of every training image, row-major
     * @param validationCodes the codes of every validation image, row-major
     */
    public static SemiSupervisedTable evaluate(float[] trainCodes, float[] validationCodes, int dim, DataSplit data,
            List<Integer> counts, long seed) {
        Dataset train = data.train();
        Dataset validation = data.validation();
        if (trainCodes.length != (long) train.size() * dim || validationCodes.length != (long) validation.size() * dim) {
            throw new IllegalArgumentException("the codes do not match the data: " + trainCodes.length + " and "
                    + validationCodes.length + " values for " + train.size() + " and " + validation.size()
                    + " images of codes of size " + dim);
        }
        float[] pcaTrain;
        float[] pcaValidation;
        try (PcaCodec pca = PcaCodec.fit(train, dim)) {
            pcaTrain = pca.encode(train.pixels(), train.labels());
            pcaValidation = pca.encode(validation.pixels(), validation.labels());
        }
        int classes = Math.max(2, train.numClasses());
        int pixels = train.pixelsPerImage();
        List<SemiSupervisedTable.Row> rows = new ArrayList<>();
        for (int count : counts) {
            int[] chosen = LabelledSubset.balanced(train, count, seed);
            int[] labels = new int[chosen.length];
            for (int k = 0; k < chosen.length; k++) {
                labels[k] = train.label(chosen[k]);
            }
            rows.add(row(count, SemiSupervisedTable.Features.CODES, trainCodes, validationCodes, dim, chosen, labels,
                    validation, classes));
            rows.add(row(count, SemiSupervisedTable.Features.PIXELS, train.pixels(), validation.pixels(), pixels,
                    chosen, labels, validation, classes));
            rows.add(row(count, SemiSupervisedTable.Features.PCA, pcaTrain, pcaValidation, dim, chosen, labels,
                    validation, classes));
        }
        return new SemiSupervisedTable(dim, seed, validation.size(), rows);
    }

    private static SemiSupervisedTable.Row row(int count, SemiSupervisedTable.Features features, float[] train,
            float[] validation, int dim, int[] chosen, int[] labels, Dataset validationSet, int classes) {
        SoftmaxRegression c = SoftmaxRegression.fit(Subsample.rows(train, dim, chosen), dim, labels, classes,
                1.0 / count);
        return new SemiSupervisedTable.Row(count, features, dim, c.accuracy(validation, validationSet.labels()),
                c.iterations(), c.converged());
    }
}
