package latentlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.apps.ReconstructionErrors;
import latentlab.export.projector.ProjectorWriter;

/**
 * {@code encode --projector DIR}: the codes of the chosen sets as a folder the Embedding
 * Projector loads, with each image's label, split, index and per-pixel reconstruction error as
 * metadata and its thumbnail in the sprite.
 */
final class ProjectorExport {
    static final List<String> COLUMNS = List.of("label", "split", "index", "mse_per_pixel");

    private ProjectorExport() {
    }

    /**
     * Writes the folder and returns the sentence to show the user about the sprite (empty when
     * nothing needs saying).
     */
    static String write(Codec codec, List<Dataset> sets, Path dir, String name) throws IOException {
        int n = sets.stream().mapToInt(Dataset::size).sum();
        int side = sets.get(0).rows();
        try (ProjectorWriter w = ProjectorWriter.open(dir, name, n, codec.latentDim(), side, COLUMNS)) {
            for (Dataset set : sets) {
                double[] mse = ReconstructionErrors.of(codec, set).mse();
                int p = set.pixelsPerImage();
                DatasetEncoder.forEachCode(codec, List.of(set), (s, i, code) -> w.add(code,
                        List.of(s.classNames().get(s.label(i)), EncodeCommand.splitName(s), Integer.toString(i),
                                String.format(Locale.ROOT, "%.6f", mse[i])),
                        s.pixels(), i * p));
            }
            w.commit();
            return w.sprite().note();
        }
    }
}
