package latentlab.latent.apps;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import latentlab.data.Dataset;
import latentlab.latent.Codec;

/**
 * The reconstruction error of every image of a data set under one model, per pixel, in both
 * units: what the anomaly view's histogram, worst samples and ROC curve are drawn from.
 *
 * @param mse per-pixel MSE of image i at index i
 * @param bce per-pixel BCE of image i at index i
 */
public record ReconstructionErrors(double[] mse, double[] bce) {
    /** Images per call to the codec: large enough to amortise per-call overhead, small in memory. */
    static final int CHUNK = 1024;

    public ReconstructionErrors {
        if (mse.length != bce.length) {
            throw new IllegalArgumentException(mse.length + " MSE values but " + bce.length + " BCE values");
        }
    }

    /** Reconstructs every image of {@code set} with {@code codec}, in chunks, and measures each. */
    public static ReconstructionErrors of(Codec codec, Dataset set) {
        if (codec.pixelsPerImage() != set.pixelsPerImage()) {
            throw new IllegalArgumentException("the model takes " + codec.pixelsPerImage() + " pixels per image but "
                    + set.id() + " has " + set.pixelsPerImage());
        }
        int p = set.pixelsPerImage();
        double[] mse = new double[set.size()];
        double[] bce = new double[set.size()];
        for (int start = 0; start < set.size(); start += CHUNK) {
            int n = Math.min(CHUNK, set.size() - start);
            float[] px = Arrays.copyOfRange(set.pixels(), start * p, (start + n) * p);
            int[] labels = Arrays.copyOfRange(set.labels(), start, start + n);
            float[] rec = codec.reconstruct(px, labels);
            for (int k = 0; k < n; k++) {
                mse[start + k] = ErrorMetric.MSE.of(px, k * p, rec, k * p, p);
                bce[start + k] = ErrorMetric.BCE.of(px, k * p, rec, k * p, p);
            }
        }
        return new ReconstructionErrors(mse, bce);
    }

    public int size() {
        return mse.length;
    }

    /** The errors of every image in {@code metric}'s unit (the array itself, not a copy). */
    public double[] values(ErrorMetric metric) {
        return metric == ErrorMetric.MSE ? mse : bce;
    }

    /** The mean error over the set in {@code metric}'s unit; NaN for an empty set. */
    public double mean(ErrorMetric metric) {
        return Arrays.stream(values(metric)).average().orElse(Double.NaN);
    }

    /**
     * The {@code k} worst-reconstructed images (fewer when the set is smaller), largest error
     * first; equal errors keep the order of the set.
     */
    public int[] worst(ErrorMetric metric, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("cannot take " + k + " samples");
        }
        double[] v = values(metric);
        return IntStream.range(0, v.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> v[i]).reversed().thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }
}
