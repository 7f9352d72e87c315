package latentlab.ui.traversal;

/** The ways to walk through a latent space. */
public enum TraversalKind {
    INTERPOLATION("Interpolation", "From one sample's code to another's"),
    SWEEP("Sweep", "One latent dimension from low to high, the others held at a sample's code"),
    RANDOM_WALK("Random walk", "Gaussian steps from a sample's code, the same for every model with one seed"),
    DRAWN("Drawn path", "Along a line drawn over the embedding, cut into equal lengths");

    private final String label;
    private final String description;

    TraversalKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return label;
    }
}
