package latentlab.latent.apps;

import java.util.Arrays;

/**
 * Multinomial logistic regression: {@code p(c | x) = softmax(W z + b)_c} on standardized
 * features {@code z = (x - mean) / sd} (mean and sd of the training features; a constant feature
 * is only centred). Fitted by L-BFGS from zero weights, so the same data give the same model.
 * The objective is the mean cross-entropy plus {@code (lambda / 2) ||W||^2}; the biases are not penalized.
 */
public final class SoftmaxRegression {
    /** The largest gradient component at which training stops. */
    static final double TOLERANCE = 1e-5;
    /** The step budget: training stops here whether converged or not. */
    public static final int MAX_ITERATIONS = 500;

    private final int dim;
    private final int classes;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final int iterations;
    private final boolean converged;

    private SoftmaxRegression(int dim, int classes, double[] mean, double[] scale, Lbfgs.Result fit) {
        this.dim = dim;
        this.classes = classes;
        this.mean = mean;
        this.scale = scale;
        this.weights = fit.x();
        this.iterations = fit.iterations();
        this.converged = fit.converged();
    }

    /**
     * Fits the classifier.
     *
     * @param x n samples of {@code dim} features, row-major
     * @param labels n labels in [0, classes)
     * @param lambda the L2 weight, at least 0
     */
    public static SoftmaxRegression fit(float[] x, int dim, int[] labels, int classes, double lambda) {
        int n = labels.length;
        if (n == 0 || dim < 1 || x.length != (long) n * dim) {
            throw new IllegalArgumentException(x.length + " values are not " + n + " samples of " + dim + " features");
        }
        if (classes < 2 || !(lambda >= 0)) {
            throw new IllegalArgumentException("need at least two classes and lambda >= 0, got " + classes + " and "
                    + lambda);
        }
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " is outside [0, " + classes + ")");
            }
        }
        double[] mean = new double[dim];
        double[] scale = new double[dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                mean[j] += x[i * dim + j];
            }
        }
        for (int j = 0; j < dim; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                double d = x[i * dim + j] - mean[j];
                scale[j] += d * d;
            }
        }
        for (int j = 0; j < dim; j++) {
            double sd = Math.sqrt(scale[j] / n);
            scale[j] = sd > 1e-12 ? 1 / sd : 1;
        }
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = standardize(x, i, dim, mean, scale);
        }
        Lbfgs.Objective objective = (w, grad) -> crossEntropy(w, grad, z, labels, classes, lambda);
        Lbfgs.Result r = Lbfgs.minimize(objective, new double[classes * (dim + 1)], TOLERANCE, MAX_ITERATIONS);
        return new SoftmaxRegression(dim, classes, mean, scale, r);
    }

    /** Mean cross-entropy plus the L2 term at weights {@code w}; writes its gradient into {@code grad}. */
    static double crossEntropy(double[] w, double[] grad, double[][] z, int[] labels, int classes, double lambda) {
        int dim = z[0].length;
        int bias = classes * dim;
        Arrays.fill(grad, 0);
        double loss = 0;
        double[] p = new double[classes];
        for (int i = 0; i < z.length; i++) {
            logits(w, z[i], classes, p);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : p) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = Math.exp(p[c] - max);
                sum += p[c];
            }
            loss -= Math.log(p[labels[i]] / sum);
            for (int c = 0; c < classes; c++) {
                double err = p[c] / sum - (c == labels[i] ? 1 : 0);
                grad[bias + c] += err;
                for (int j = 0; j < dim; j++) {
                    grad[c * dim + j] += err * z[i][j];
                }
            }
        }
        double penalty = 0;
        for (int k = 0; k < grad.length; k++) {
            grad[k] /= z.length;
            if (k < bias) {
                grad[k] += lambda * w[k];
                penalty += w[k] * w[k];
            }
        }
        return loss / z.length + lambda / 2 * penalty;
    }

    private static void logits(double[] w, double[] z, int classes, double[] out) {
        int dim = z.length;
        for (int c = 0; c < classes; c++) {
            double s = w[classes * dim + c];
            for (int j = 0; j < dim; j++) {
                s += w[c * dim + j] * z[j];
            }
            out[c] = s;
        }
    }

    private static double[] standardize(float[] x, int row, int dim, double[] mean, double[] scale) {
        double[] z = new double[dim];
        for (int j = 0; j < dim; j++) {
            z[j] = (x[row * dim + j] - mean[j]) * scale[j];
        }
        return z;
    }

    /** The class probabilities of each of the samples {@code x} (row-major), n x classes, row-major. */
    public double[] probabilities(float[] x) {
        int n = samples(x);
        double[] out = new double[n * classes];
        double[] p = new double[classes];
        for (int i = 0; i < n; i++) {
            logits(weights, standardize(x, i, dim, mean, scale), classes, p);
            double max = Arrays.stream(p).max().orElseThrow();
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = Math.exp(p[c] - max);
                sum += p[c];
            }
            for (int c = 0; c < classes; c++) {
                out[i * classes + c] = p[c] / sum;
            }
        }
        return out;
    }

    /** The most probable class of each of the samples {@code x} (row-major, {@code dim} features each). */
    public int[] predict(float[] x) {
        int n = samples(x);
        int[] out = new int[n];
        double[] p = new double[classes];
        for (int i = 0; i < n; i++) {
            logits(weights, standardize(x, i, dim, mean, scale), classes, p);
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }

    private int samples(float[] x) {
        if (x.length % dim != 0) {
            throw new IllegalArgumentException(x.length + " values are not whole samples of " + dim + " features");
        }
        return x.length / dim;
    }

    /** The fraction of samples {@code x} whose predicted class is their label. */
    public double accuracy(float[] x, int[] labels) {
        int[] predicted = predict(x);
        if (predicted.length != labels.length) {
            throw new IllegalArgumentException(predicted.length + " samples but " + labels.length + " labels");
        }
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += predicted[i] == labels[i] ? 1 : 0;
        }
        return labels.length == 0 ? Double.NaN : (double) right / labels.length;
    }

    /** L-BFGS steps taken. */
    public int iterations() {
        return iterations;
    }

    /** True when training stopped at a small gradient rather than at the step budget. */
    public boolean converged() {
        return converged;
    }
}
