package latentlab.latent;

import java.util.function.BooleanSupplier;
import smile.manifold.TSNE;
import smile.manifold.UMAP;

/** Runs a projection method on a set of codes; meant for a background thread. */
public final class Projections {

    /** Receives progress in [0,1], or -1 when the method cannot tell. */
    public interface Progress {
        void update(double fraction, String message);
    }

    private static final int TSNE_ITERATIONS = 500;
    private static final int TSNE_STEP = 25;

    private Projections() {
    }

    /**
     * Projects the codes of {@code data} to {@code outDim} coordinates.
     *
     * @param axes the latent dimensions plotted by {@link ProjectionMethod#AXES}
     * @param maxSample most points given to subsampled methods
     * @param cancelled polled between steps; a cancelled run returns null
     */
    public static Projected compute(ProjectionMethod method, float[] codes, int dim, int outDim, int[] axes,
            int maxSample, long seed, Progress progress, BooleanSupplier cancelled) {
        int n = codes.length / dim;
        return switch (method) {
            case AXES -> linear(method, LinearProjection.axes(dim, axes), codes, n);
            case PCA -> {
                progress.update(-1, "Computing principal components of " + n + " codes");
                yield linear(method, Pca.fit(codes, dim, outDim), codes, n);
            }
            case TSNE -> tsne(codes, dim, outDim, Subsample.indices(n, maxSample, seed), progress, cancelled);
            case UMAP -> umap(codes, dim, outDim, Subsample.indices(n, maxSample, seed), progress);
        };
    }

    private static Projected linear(ProjectionMethod method, LinearProjection p, float[] codes, int n) {
        int[] all = Subsample.indices(n, n, 0);
        return new Projected(method, p.projectAll(codes), p.outDim(), all, p);
    }

    private static Projected tsne(float[] codes, int dim, int outDim, int[] idx, Progress progress,
            BooleanSupplier cancelled) {
        double[][] x = toRows(codes, dim, idx);
        double perplexity = Math.max(2, Math.min(30, (idx.length - 1) / 3.0));
        progress.update(0, "t-SNE on " + idx.length + " points: affinities");
        TSNE tsne = new TSNE(x, outDim, perplexity, 200, TSNE_STEP);
        for (int done = TSNE_STEP; done < TSNE_ITERATIONS; done += TSNE_STEP) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            progress.update((double) done / TSNE_ITERATIONS, "t-SNE on " + idx.length + " points: iteration " + done);
            tsne.update(TSNE_STEP);
        }
        progress.update(1, "t-SNE done");
        return new Projected(ProjectionMethod.TSNE, flatten(tsne.coordinates, outDim), outDim, idx, null);
    }

    private static Projected umap(float[] codes, int dim, int outDim, int[] idx, Progress progress) {
        ProjectionMethod.UMAP.unavailableReason().ifPresent(r -> {
            throw new IllegalStateException(r);
        });
        progress.update(-1, "UMAP on " + idx.length + " points");
        int k = Math.min(15, idx.length - 1);
        UMAP umap = UMAP.of(toRows(codes, dim, idx), k, outDim, idx.length > 10_000 ? 200 : 500,
                1.0, 0.1, 1.0, 5, 1.0);
        // UMAP embeds only the largest connected part of its neighbour graph: keep its indices.
        int[] kept = new int[umap.index.length];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = idx[umap.index[i]];
        }
        return new Projected(ProjectionMethod.UMAP, flatten(umap.coordinates, outDim), outDim, kept, null);
    }

    private static double[][] toRows(float[] codes, int dim, int[] idx) {
        double[][] x = new double[idx.length][dim];
        for (int k = 0; k < idx.length; k++) {
            for (int j = 0; j < dim; j++) {
                x[k][j] = codes[idx[k] * dim + j];
            }
        }
        return x;
    }

    private static float[] flatten(double[][] rows, int width) {
        float[] out = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < width; j++) {
                out[i * width + j] = (float) rows[i][j];
            }
        }
        return out;
    }
}
