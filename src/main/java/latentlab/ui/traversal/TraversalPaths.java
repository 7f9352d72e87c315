package latentlab.ui.traversal;

import latentlab.latent.EmbeddingData;
import latentlab.latent.LatentStats;
import latentlab.latent.path.CodePath;
import latentlab.latent.path.DrawnPath;
import latentlab.latent.path.Interpolation;
import latentlab.latent.path.RandomWalk;
import latentlab.latent.path.Sweep;

/**
 * Turns one set of traversal settings into each model's own path. Lengths are measured in each
 * model's own spread of codes: an AE's latent scale is arbitrary, so "three standard deviations"
 * means the same walk in both models where "three units" would not.
 */
final class TraversalPaths {

    /** A model's path and how it was made, e.g. "spherical, 24 steps". */
    record Traversal(CodePath path, String description) {
    }

    private TraversalPaths() {
    }

    /**
     * The path of {@code model} for {@code s}; {@code drawn} is the polyline drawn in this model's
     * codes (k x dim), or null. Bad settings raise an exception whose message says what to change.
     */
    static Traversal of(TraversalSettings s, ComparedModel model, float[] drawn) {
        EmbeddingData data = model.data();
        if (s.steps() < 1) {
            throw new IllegalArgumentException("A traversal needs at least one step");
        }
        if (s.kind() != TraversalKind.DRAWN) {
            checkSample(s.sampleA(), data);
        }
        String steps = s.steps() + " steps";
        return switch (s.kind()) {
            case INTERPOLATION -> interpolation(s, model, steps);
            case SWEEP -> sweep(s, model, steps);
            case RANDOM_WALK -> walk(s, model, steps);
            case DRAWN -> drawn(s, model, drawn, steps);
        };
    }

    private static Traversal interpolation(TraversalSettings s, ComparedModel model, String steps) {
        EmbeddingData data = model.data();
        checkSample(s.sampleB(), data);
        if (s.sampleA() == s.sampleB()) {
            throw new IllegalArgumentException("Choose two different samples to interpolate between");
        }
        float[] a = data.code(s.sampleA());
        float[] b = data.code(s.sampleB());
        if (s.spherical() && model.variational()) {
            return new Traversal(Interpolation.spherical(a, b, s.steps()), "spherical, " + steps);
        }
        String why = s.spherical() ? "linear (its codes are not Gaussian), " : "linear, ";
        return new Traversal(Interpolation.linear(a, b, s.steps()), why + steps);
    }

    private static Traversal sweep(TraversalSettings s, ComparedModel model, String steps) {
        EmbeddingData data = model.data();
        int d = s.dimension();
        if (d < 0 || d >= data.dim()) {
            throw new IllegalArgumentException(model.name() + " has " + data.dim() + " latent dimensions: choose z1 to z"
                    + data.dim());
        }
        if (!(s.range() > 0)) {
            throw new IllegalArgumentException("A sweep needs a range above 0");
        }
        LatentStats stats = LatentStats.of(data.codes(), data.dim());
        double sd = stats.sd()[d];
        if (!(sd > 0)) {
            throw new IllegalArgumentException(model.name() + " gives every sample the same z" + (d + 1)
                    + ": there is nothing to sweep");
        }
        double from = stats.mean()[d] - s.range() * sd;
        double to = stats.mean()[d] + s.range() * sd;
        return new Traversal(Sweep.along(data.code(s.sampleA()), d, from, to, s.steps()),
                String.format("z%d from %.2f to %.2f, %s", d + 1, from, to, steps));
    }

    private static Traversal walk(TraversalSettings s, ComparedModel model, String steps) {
        EmbeddingData data = model.data();
        if (!(s.stepSize() > 0)) {
            throw new IllegalArgumentException("A random walk needs a step size above 0");
        }
        double[] sd = LatentStats.of(data.codes(), data.dim()).sd();
        double mean = 0;
        for (double v : sd) {
            mean += v / sd.length;
        }
        double size = s.stepSize() * (mean > 0 ? mean : 1);
        return new Traversal(RandomWalk.from(data.code(s.sampleA()), s.steps(), size, s.seed()),
                String.format("seed %d, step %.3f, %s", s.seed(), size, steps));
    }

    private static Traversal drawn(TraversalSettings s, ComparedModel model, float[] drawn, String steps) {
        if (drawn == null) {
            throw new IllegalArgumentException("Draw a path over the embedding first");
        }
        int dim = model.data().dim();
        if (drawn.length % dim != 0) {
            throw new IllegalArgumentException("The drawn path is not made of " + model.name() + "'s codes of size "
                    + dim);
        }
        return new Traversal(DrawnPath.resample(drawn, dim, s.steps()), "drawn, " + steps);
    }

    private static void checkSample(int i, EmbeddingData data) {
        if (i < 0 || i >= data.size()) {
            throw new IllegalArgumentException("Sample " + i + " does not exist: choose 0 to " + (data.size() - 1));
        }
    }
}
