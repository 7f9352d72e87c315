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

    /**
     * The name of plot axis {@code k} ("z2", "PC1", "t-SNE 1"), for codes of {@code codeDim}; ""
     * for an axis that only pads codes shorter than the plot.
     */
    public String axisName(int k, int codeDim) {
        if (method != ProjectionMethod.AXES || linear == null) {
            return method.axisName(k, k);
        }
        float[] direction = linear.basis()[k];
        for (int j = 0; j < direction.length; j++) {
            if (direction[j] != 0) {
                return j < codeDim ? method.axisName(k, j) : "";
            }
        }
        return "";
    }

    /** True when every sample of the set is plotted (no subsample). */
    public boolean isComplete(int setSize) {
        return indices.length == setSize;
    }
}
