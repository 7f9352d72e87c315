package latentlab.latent;

/**
 * Codes brought down to a plot's coordinates.
 *
 * @param method how they were projected
 * @param points m x outDim coordinates, row-major
 * @param outDim 2 or 3
 * @param indices which samples the m points stand for (into the full set), in order
 * @param linear the projection when it is linear (it then applies to new codes too); else null
 */
public record Projected(ProjectionMethod method, float[] points, int outDim, int[] indices, LinearProjection linear) {

    public int size() {
        return indices.length;
    }

    /** True when every sample of the set is plotted (no subsample). */
    public boolean isComplete(int setSize) {
        return indices.length == setSize;
    }
}
