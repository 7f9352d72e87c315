package latentlab.export.projector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.apps.ReconstructionErrors;

/**
 * The codes of the chosen sets as a folder the Embedding Projector loads, with each image's
 * label, split, index and per-pixel reconstruction error as metadata and its thumbnail in the
 * sprite: {@code encode --projector DIR}, and File > Export codes for the Projector in the window.
 */
public final class ProjectorExport {
    public static final List<String> COLUMNS = List.of("label", "split", "index", "mse_per_pixel");

    private ProjectorExport() {
    }

    /**
     * Writes the folder and returns the sentence to show the user about the sprite (empty when
     * nothing needs saying).
     */
    public static String write(Codec codec, List<Dataset> sets, Path dir, String name) throws IOException {
        int n = sets.stream().mapToInt(Dataset::size).sum();
        int side = sets.get(0).rows();
        try (ProjectorWriter w = ProjectorWriter.open(dir, name, n, codec.latentDim(), side, COLUMNS)) {
            for (Dataset set : sets) {
                double[] mse = ReconstructionErrors.of(codec, set).mse();
                int p = set.pixelsPerImage();
                DatasetEncoder.forEachCode(codec, List.of(set), (s, i, code) -> w.add(code,
                        List.of(s.classNames().get(s.label(i)), splitName(s), Integer.toString(i),
                                String.format(Locale.ROOT, "%.6f", mse[i])),
                        s.pixels(), i * p));
            }
            w.commit();
            return w.sprite().note();
        }
    }

    /** The split a set is, from its id: "train" for {@code mnist/train}. */
    public static String splitName(Dataset set) {
        String id = set.id();
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }
}
