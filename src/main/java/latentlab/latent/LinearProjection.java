package latentlab.latent;

/**
 * A projection {@code p = B (c - mean)} onto orthonormal directions (latent axes or principal
 * components). Being linear, it can also move a code within its plane, which is what lets a point
 * dragged on the embedding change the code it stands for.
 *
 * @param mean centre subtracted before projecting (length dim)
 * @param basis one orthonormal direction per output coordinate (each of length dim)
 */
public record LinearProjection(float[] mean, float[][] basis) {

    public int dim() {
        return mean.length;
    }

    public int outDim() {
        return basis.length;
    }

    /** The latent axes {@code axes[0], axes[1], ...} of a {@code dim}-sized code, uncentred. */
    public static LinearProjection axes(int dim, int... axes) {
        float[][] b = new float[axes.length][dim];
        for (int k = 0; k < axes.length; k++) {
            if (axes[k] < 0 || axes[k] >= dim) {
                throw new IllegalArgumentException("axis " + axes[k] + " is outside a code of size " + dim);
            }
            b[k][axes[k]] = 1;
        }
        return new LinearProjection(new float[dim], b);
    }

    /** Projects one code. */
    public float[] project(float[] code) {
        float[] p = new float[outDim()];
        for (int k = 0; k < p.length; k++) {
            double s = 0;
            for (int j = 0; j < dim(); j++) {
                s += basis[k][j] * (code[j] - mean[j]);
            }
            p[k] = (float) s;
        }
        return p;
    }

    /** Projects {@code codes} (n x dim) to n x outDim. */
    public float[] projectAll(float[] codes) {
        int n = codes.length / dim();
        float[] out = new float[n * outDim()];
        float[] c = new float[dim()];
        for (int i = 0; i < n; i++) {
            System.arraycopy(codes, i * dim(), c, 0, dim());
            System.arraycopy(project(c), 0, out, i * outDim(), outDim());
        }
        return out;
    }

    /** The code that projects to {@code target}, equal to {@code code} off the projection's plane. */
    public float[] moveTo(float[] code, float[] target) {
        float[] now = project(code);
        float[] out = code.clone();
        for (int k = 0; k < outDim(); k++) {
            float delta = target[k] - now[k];
            for (int j = 0; j < dim(); j++) {
                out[j] += delta * basis[k][j];
            }
        }
        return out;
    }
}
