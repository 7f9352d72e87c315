package latentlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.Projected;
import latentlab.latent.ProjectionMethod;
import latentlab.latent.Projections;
import latentlab.export.projector.CoordinatesCsv;

/** {@code encode --coordinates FILE}: the codes projected to 2 or 3 coordinates, as CSV. */
final class CoordinatesExport {
    /** Most codes given to t-SNE and UMAP, which are too slow for more on a laptop. */
    static final int MAX_SAMPLE = 5000;

    private CoordinatesExport() {
    }

    /** The method named on the command line, or one line listing the names. */
    static ProjectionMethod method(String name, int latentDim, int dims) throws BadInputException {
        if (dims != 2 && dims != 3) {
            throw new BadInputException("--dims must be 2 or 3, got " + dims);
        }
        if (latentDim < dims) {
            throw new BadInputException("the model's codes have " + latentDim + " numbers; they cannot give " + dims
                    + " coordinates");
        }
        if (name == null) {
            return latentDim == dims ? ProjectionMethod.AXES : ProjectionMethod.PCA;
        }
        for (ProjectionMethod m : ProjectionMethod.values()) {
            if (m.name().equalsIgnoreCase(name.replace("-", ""))) {
                if (m.unavailableReason().isPresent()) {
                    throw new BadInputException("--projection " + name + ": " + m.unavailableReason().get());
                }
                return m;
            }
        }
        throw new BadInputException("--projection must be axes, pca, tsne or umap, got " + name);
    }

    /** Writes the file and returns a sentence saying what was projected. */
    static String write(Codec codec, List<Dataset> sets, ProjectionMethod method, int dims, long seed, Path file)
            throws IOException {
        float[] codes = DatasetEncoder.encodeAll(codec, sets);
        List<String> labels = new ArrayList<>();
        for (Dataset s : sets) {
            for (int i = 0; i < s.size(); i++) {
                labels.add(s.classNames().get(s.label(i)));
            }
        }
        int[] axes = dims == 3 ? new int[] {0, 1, 2} : new int[] {0, 1};
        Projected p = Projections.compute(method, codes, codec.latentDim(), dims, axes, MAX_SAMPLE, seed,
                (fraction, message) -> { }, () -> false);
        CoordinatesCsv.write(file, p, labels::get);
        return String.format(Locale.ROOT, "%s coordinates (%dD) of %,d of %,d codes", method, dims, p.size(),
                labels.size());
    }
}
