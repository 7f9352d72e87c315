package latentlab.latent.apps;

import java.util.List;
import java.util.Optional;
import latentlab.model.ModelKind;

/**
 * The compression chart: code size against reconstruction error for every model of a sweep.
 *
 * @param sweep what was compared
 * @param validationSize images each error is averaged over
 * @param points one per model and size that has a result, in the sweep's order (kinds, then
 *     sizes); a model that diverged before its first epoch has none
 */
public record CompressionResult(CompressionSweep sweep, int validationSize, List<CompressionPoint> points) {

    public static final Explanation CODE_SIZE = new Explanation("code size",
            "numbers per code d; compression ratio = pixels / d (784 / d for 28x28 images)",
            "How small each image is squeezed: the chart's x axis.");

    public CompressionResult {
        points = List.copyOf(points);
        for (CompressionPoint p : points) {
            if (!sweep.kinds().contains(p.kind()) || !sweep.sizes().contains(p.codeSize())) {
                throw new IllegalArgumentException("it has a point of " + CompressionSweep.modelName(p.kind(),
                        p.codeSize()) + ", a model the sweep does not list");
            }
        }
    }

    /** The point of {@code kind} at {@code size}, if it has one. */
    public Optional<CompressionPoint> point(ModelKind kind, int size) {
        return points.stream().filter(p -> p.kind() == kind && p.codeSize() == size).findFirst();
    }

    /** The points of one model, ascending in size: one line of the chart. */
    public List<CompressionPoint> line(ModelKind kind) {
        return points.stream().filter(p -> p.kind() == kind).toList();
    }

    /** What the axes mean: the code size and the two error units. */
    public List<Explanation> explanations() {
        return List.of(CODE_SIZE, ErrorMetric.MSE.explanation(), ErrorMetric.BCE.explanation());
    }
}
