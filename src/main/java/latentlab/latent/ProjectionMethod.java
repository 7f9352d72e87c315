package latentlab.latent;

import java.util.List;
import java.util.Optional;

/** How codes larger than the plot are brought down to 2 or 3 coordinates. */
public enum ProjectionMethod {
    AXES("Latent axes", true, false),
    PCA("PCA", true, false),
    TSNE("t-SNE", false, true),
    UMAP("UMAP", false, true);

    private final String label;
    private final boolean linear;
    private final boolean subsampled;

    ProjectionMethod(String label, boolean linear, boolean subsampled) {
        this.label = label;
        this.linear = linear;
        this.subsampled = subsampled;
    }

    /** Linear methods project every point and can move a code along the plot's plane. */
    public boolean isLinear() {
        return linear;
    }

    /** Slow methods run on a random subsample of the points. */
    public boolean isSubsampled() {
        return subsampled;
    }

    /**
     * The methods that make sense for codes of {@code latentDim} shown in {@code outDim} dimensions:
     * the latent axes alone when the code already fits the plot, all methods otherwise.
     */
    public static List<ProjectionMethod> choicesFor(int latentDim, int outDim) {
        if (latentDim <= outDim) {
            return List.of(AXES);
        }
        return List.of(AXES, PCA, TSNE, UMAP);
    }

    /** Why this method cannot run in this installation, if it cannot. */
    public Optional<String> unavailableReason() {
        return this == UMAP ? UmapSupport.unavailableReason() : Optional.empty();
    }

    /**
     * The name of plot axis {@code k} (from 0): for the latent axes, the latent dimension it shows
     * ("z1" for {@code latentDim} 0); else the method's component ("PC1", "t-SNE 2", "UMAP 1").
     */
    public String axisName(int k, int latentDim) {
        return switch (this) {
            case AXES -> "z" + (latentDim + 1);
            case PCA -> "PC" + (k + 1);
            case TSNE, UMAP -> label + " " + (k + 1);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
