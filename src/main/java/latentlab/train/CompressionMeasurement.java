package latentlab.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import latentlab.data.DataSplit;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;
import latentlab.model.ModelKind;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.Checkpoints;

/**
 * The points of a trained sweep: each trained model is loaded from its checkpoint under the
 * sweep's folder (see {@link CompressionPlanner}), PCA is fitted, and each is measured on the
 * validation images. Runs on the calling thread; each model's codec is made, used and closed there.
 */
public final class CompressionMeasurement {

    /** Where the measurement tells how far it is, and asks whether to go on. */
    public interface Progress {
        /** Model {@code done + 1} of {@code total}, named {@code name}, is being measured. */
        void measuring(int done, int total, String name);

        /** Something the user should know about one model's point (it diverged, it has none). */
        void note(String text);

        /** True when the measurement should stop; it then throws {@link CancellationException}. */
        boolean isCancelled();
    }

    private CompressionMeasurement() {
    }

    /**
     * Measures every model of {@code sweep}; a trained model whose folder under {@code out} holds
     * no checkpoint (no epoch finished) has no point, and one that stopped early has the point of
     * its last epoch, both said through {@code progress}.
     */
    public static CompressionResult measure(CompressionSweep sweep, DataSplit data, Path out, ModelFactory factory,
            Progress progress) throws IOException {
        List<CompressionPoint> points = new ArrayList<>();
        int total = sweep.kinds().size() * sweep.sizes().size();
        int done = 0;
        for (ModelKind kind : sweep.kinds()) {
            for (int size : sweep.sizes()) {
                if (progress.isCancelled()) {
                    throw new CancellationException("the measurement was cancelled");
                }
                String name = CompressionSweep.modelName(kind, size);
                progress.measuring(done++, total, name);
                if (kind.isClosedForm()) {
                    points.add(CompressionPoint.pca(data, size));
                    continue;
                }
                Path dir = out.resolve(name);
                if (!Checkpoints.exists(dir)) {
                    progress.note(name + ": no epoch finished, so it has no point");
                    continue;
                }
                Checkpoint c = Checkpoints.load(dir);
                if (c.info().epoch() < sweep.epochs()) {
                    progress.note(name + ": diverged after epoch " + c.info().epoch() + "; its point is from that epoch");
                }
                try (SnapshotCodec codec = new SnapshotCodec(factory, c.info().spec(), c.parameters())) {
                    points.add(CompressionPoint.measure(kind, c.info().epoch(), codec, data.validation()));
                }
            }
        }
        return new CompressionResult(sweep, data.validation().size(), points);
    }
}
