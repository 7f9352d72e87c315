package latentlab.latent;

/**
 * What a {@link Classifier} says about {@code n} images.
 *
 * @param probabilities n rows of {@code classes} probabilities, row-major
 * @param features n feature vectors of {@code featureSize}, row-major
 * @param classes number of classes
 * @param featureSize length of one feature vector
 */
public record Classification(float[] probabilities, float[] features, int classes, int featureSize) {
    public Classification {
        if (classes < 1 || featureSize < 1 || probabilities.length % classes != 0
                || features.length / featureSize != probabilities.length / classes
                || features.length % featureSize != 0) {
            throw new IllegalArgumentException(probabilities.length + " probabilities and " + features.length
                    + " features are not whole rows of " + classes + " classes and " + featureSize + " features");
        }
    }

    /** Number of images. */
    public int size() {
        return probabilities.length / classes;
    }

    /** The most probable class of image {@code i} (the first, on a tie). */
    public int predicted(int i) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (probabilities[i * classes + c] > probabilities[i * classes + best]) {
                best = c;
            }
        }
        return best;
    }

    /** The probability of the predicted class of image {@code i}. */
    public double confidence(int i) {
        return probabilities[i * classes + predicted(i)];
    }

    /** A copy of the feature vector of image {@code i}. */
    public float[] features(int i) {
        float[] f = new float[featureSize];
        System.arraycopy(features, i * featureSize, f, 0, featureSize);
        return f;
    }

    /** The fraction of images whose predicted class is {@code labels[i]}. */
    public double accuracy(int[] labels) {
        if (labels.length != size()) {
            throw new IllegalArgumentException(labels.length + " labels for " + size() + " images");
        }
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted(i) == labels[i]) {
                right++;
            }
        }
        return labels.length == 0 ? 0 : (double) right / labels.length;
    }
}
