package latentlab.ui.traversal;

/**
 * What the chooser asks for, the same for every model; each model turns it into a path through
 * its own codes ({@link TraversalPaths}).
 *
 * @param sampleA the sample the path starts at (interpolation, sweep and walk)
 * @param sampleB the sample an interpolation ends at
 * @param spherical great circles instead of straight lines, for the models with Gaussian codes
 * @param steps steps along the path: steps + 1 frames
 * @param dimension the swept latent dimension, from 0
 * @param range half the sweep's width, in standard deviations of the model's codes on that dimension
 * @param stepSize a walk's step, in the model's mean standard deviation of its codes
 * @param seed the walk's seed: the same direction of every step in every model
 */
public record TraversalSettings(TraversalKind kind, int sampleA, int sampleB, boolean spherical, int steps,
        int dimension, double range, double stepSize, long seed) {
}
