package latentlab.latent.path;

/**
 * A sequence of codes to decode and play in order: a traversal of the latent space.
 *
 * @param dim size of each code
 * @param codes the codes one after another, row-major (size() x dim), ready for {@code Codec.decode}
 */
public record CodePath(int dim, float[] codes) {
    public CodePath {
        if (dim < 1 || codes.length % dim != 0 || codes.length == 0) {
            throw new IllegalArgumentException(codes.length + " values are not whole codes of size " + dim);
        }
    }

    /** Number of codes. */
    public int size() {
        return codes.length / dim;
    }

    /** A copy of code {@code i}. */
    public float[] code(int i) {
        float[] c = new float[dim];
        System.arraycopy(codes, i * dim, c, 0, dim);
        return c;
    }

    static float[] concat(float[][] points) {
        int d = points[0].length;
        float[] out = new float[points.length * d];
        for (int i = 0; i < points.length; i++) {
            System.arraycopy(points[i], 0, out, i * d, d);
        }
        return out;
    }
}
