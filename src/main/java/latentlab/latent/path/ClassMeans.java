package latentlab.latent.path;

/**
 * The mean code of each class, and latent arithmetic with them: {@code mean(a) - mean(b) + z}
 * moves a code by the difference between two classes ("a 7 written like this 1").
 *
 * @param dim size of a code
 * @param means the mean code of each class (all zeros for a class without codes)
 * @param counts how many codes each mean is taken over
 */
public record ClassMeans(int dim, float[][] means, int[] counts) {

    /** The means of {@code codes} (n x dim, row-major) by {@code labels} in [0, classes). */
    public static ClassMeans of(float[] codes, int[] labels, int dim, int classes) {
        if (dim < 1 || codes.length != labels.length * dim) {
            throw new IllegalArgumentException(labels.length + " labels for " + codes.length + " values of codes of size "
                    + dim);
        }
        double[][] sums = new double[classes][dim];
        int[] counts = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < 0 || c >= classes) {
                throw new IllegalArgumentException("label " + c + " is outside 0.." + (classes - 1));
            }
            counts[c]++;
            for (int j = 0; j < dim; j++) {
                sums[c][j] += codes[i * dim + j];
            }
        }
        float[][] means = new float[classes][dim];
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < dim && counts[c] > 0; j++) {
                means[c][j] = (float) (sums[c][j] / counts[c]);
            }
        }
        return new ClassMeans(dim, means, counts);
    }

    /** A copy of the mean code of class {@code c}; refuses a class with no codes. */
    public float[] mean(int c) {
        if (counts[c] == 0) {
            throw new IllegalArgumentException("class " + c + " has no codes to average");
        }
        return means[c].clone();
    }

    /** {@code mean(a) - mean(b) + code}. */
    public float[] arithmetic(int a, int b, float[] code) {
        if (code.length != dim) {
            throw new IllegalArgumentException("a code of size " + code.length + " where " + dim + " is expected");
        }
        float[] ma = mean(a);
        float[] mb = mean(b);
        float[] z = new float[dim];
        for (int j = 0; j < dim; j++) {
            z[j] = ma[j] - mb[j] + code[j];
        }
        return z;
    }
}
