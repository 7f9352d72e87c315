package latentlab.latent.apps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.PcaCodec;
import latentlab.latent.Subsample;
import latentlab.latent.metrics.Progress;

/**
 * Semi-supervised learning with an autoencoder: the model learned its codes from unlabelled
 * training images; a linear classifier then learns the classes from a few labelled ones. Its
 * validation accuracy on the codes is set against the same classifier on raw pixels and on PCA
 * codes of the same size (PCA fitted, like the model, on every training image without labels).
 */
public final class SemiSupervised {
    /** The labelled counts of the course: 10, 100 and 1,000 images. */
    public static final List<Integer> COURSE_COUNTS = List.of(10, 100, 1000);
    /** Shares of the progress bar: encoding both splits, then fitting PCA; the classifiers take the rest. */
    private static final double ENCODED = 0.3;
    private static final double PCA = 0.1;
    /** Codes between two progress reports (and cancellation checks). */
    private static final int REPORT_EVERY = 1024;

    private SemiSupervised() {
    }

    /** Encodes both splits with {@code codec} and fills the table for each labelled count. */
    public static SemiSupervisedTable evaluate(Codec codec, DataSplit data, List<Integer> counts, long seed) {
        return evaluate(codec, data, counts, seed, Progress.NONE);
    }

    /**
     * As {@link #evaluate(Codec, DataSplit, List, long)}, reporting to {@code progress} after each
     * chunk of codes and each classifier, and stopping with a {@link CancellationException} at the
     * next of those points after it is cancelled.
     */
    public static SemiSupervisedTable evaluate(Codec codec, DataSplit data, List<Integer> counts, long seed,
            Progress progress) {
        float[] trainCodes = encode(codec, data.train(), progress, 0, ENCODED / 2);
        float[] validationCodes = encode(codec, data.validation(), progress, ENCODED / 2, ENCODED);
        return evaluate(trainCodes, validationCodes, codec.latentDim(), data, counts, seed, progress);
    }

    /**
     * Fills the table from codes already computed.
     *
     * @param trainCodes the codes of every training image, row-major
     * @param validationCodes the codes of every validation image, row-major
     */
    public static SemiSupervisedTable evaluate(float[] trainCodes, float[] validationCodes, int dim, DataSplit data,
            List<Integer> counts, long seed) {
        return evaluate(trainCodes, validationCodes, dim, data, counts, seed, Progress.NONE);
    }

    private static SemiSupervisedTable evaluate(float[] trainCodes, float[] validationCodes, int dim, DataSplit data,
            List<Integer> counts, long seed, Progress progress) {
        Dataset train = data.train();
        Dataset validation = data.validation();
        if (trainCodes.length != (long) train.size() * dim || validationCodes.length != (long) validation.size() * dim) {
            throw new IllegalArgumentException("the codes do not match the data: " + trainCodes.length + " and "
                    + validationCodes.length + " values for " + train.size() + " and " + validation.size()
                    + " images of codes of size " + dim);
        }
        report(progress, ENCODED, "Fitting PCA with " + dim + " components to " + train.size() + " training images");
        float[] pcaTrain;
        float[] pcaValidation;
        try (PcaCodec pca = PcaCodec.fit(train, dim)) {
            pcaTrain = pca.encode(train.pixels(), train.labels());
            pcaValidation = pca.encode(validation.pixels(), validation.labels());
        }
        int classes = Math.max(2, train.numClasses());
        int pixels = train.pixelsPerImage();
        List<SemiSupervisedTable.Row> rows = new ArrayList<>();
        int total = counts.size() * SemiSupervisedTable.Features.values().length;
        for (int count : counts) {
            int[] chosen = LabelledSubset.balanced(train, count, seed);
            int[] labels = new int[chosen.length];
            for (int k = 0; k < chosen.length; k++) {
                labels[k] = train.label(chosen[k]);
            }
            report(progress, classifiers(rows.size(), total), "Classifier on " + count + " labelled codes");
            rows.add(row(count, SemiSupervisedTable.Features.CODES, trainCodes, validationCodes, dim, chosen, labels,
                    validation, classes));
            report(progress, classifiers(rows.size(), total), "Classifier on " + count + " labelled images' pixels");
            rows.add(row(count, SemiSupervisedTable.Features.PIXELS, train.pixels(), validation.pixels(), pixels,
                    chosen, labels, validation, classes));
            report(progress, classifiers(rows.size(), total), "Classifier on " + count + " labelled PCA codes");
            rows.add(row(count, SemiSupervisedTable.Features.PCA, pcaTrain, pcaValidation, dim, chosen, labels,
                    validation, classes));
        }
        report(progress, 1, "Done");
        return new SemiSupervisedTable(dim, seed, validation.size(), rows);
    }

    /** The codes of {@code set}, reporting progress from {@code from} to {@code to} of the whole. */
    private static float[] encode(Codec codec, Dataset set, Progress progress, double from, double to) {
        int d = codec.latentDim();
        float[] all = new float[set.size() * d];
        String what = "Encoding " + set.size() + " " + set.id() + " images";
        report(progress, from, what);
        try {
            DatasetEncoder.forEachCode(codec, List.of(set), (s, i, code) -> {
                System.arraycopy(code, 0, all, i * d, d);
                if ((i + 1) % REPORT_EVERY == 0) {
                    report(progress, from + (to - from) * (i + 1) / set.size(), what);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory sink cannot fail", e);
        }
        return all;
    }

    private static double classifiers(int done, int total) {
        return ENCODED + PCA + (1 - ENCODED - PCA) * done / total;
    }

    private static void report(Progress progress, double fraction, String message) {
        if (progress.cancelled()) {
            throw new CancellationException("the semi-supervised evaluation was cancelled");
        }
        progress.report(fraction, message);
    }

    private static SemiSupervisedTable.Row row(int count, SemiSupervisedTable.Features features, float[] train,
            float[] validation, int dim, int[] chosen, int[] labels, Dataset validationSet, int classes) {
        SoftmaxRegression c = SoftmaxRegression.fit(Subsample.rows(train, dim, chosen), dim, labels, classes,
                1.0 / count);
        return new SemiSupervisedTable.Row(count, features, dim, c.accuracy(validation, validationSet.labels()),
                c.iterations(), c.converged());
    }
}
