package latentlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import latentlab.data.DataException;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ModelSpec;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.ProjectionMethod;
import latentlab.export.AtomicFiles;
import latentlab.train.SnapshotCodec;
import latentlab.train.checkpoint.Checkpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code latentlab encode}: the codes of a data set under a checkpoint, as CSV with labels, as a
 * folder for the TensorBoard Embedding Projector (vectors, metadata, sprite and its configuration),
 * and as 2D or 3D projected coordinates; any of the three in one run.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Write the codes of a data set under a trained model.")
final class EncodeCommand extends CheckpointCommand {
    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "train, validation or all (default: ${DEFAULT-VALUE}; training images first)")
    String split;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "the codes as CSV: split, index, label, z1, z2, ...")
    Path out;

    @Option(names = "--projector", paramLabel = "DIR", description = "a new or empty folder for the Embedding"
            + " Projector: vectors.tsv, metadata.tsv (label, split, index, per-pixel MSE), sprite.png and"
            + " projector_config.pbtxt")
    Path projector;

    @Option(names = "--coordinates", paramLabel = "FILE.csv", description = "projected coordinates as CSV: x,y[,z],"
            + "label,index (index counts the training images first)")
    Path coordinates;

    @Option(names = "--projection", paramLabel = "METHOD", description = "for --coordinates: axes, pca, tsne or umap"
            + " (default: pca, or axes when the code is no larger than --dims; t-SNE and UMAP take a random "
            + CoordinatesExport.MAX_SAMPLE + ")")
    String projection;

    @Option(names = "--dims", paramLabel = "N", defaultValue = "2", description = "for --coordinates: 2 or 3"
            + " (default: ${DEFAULT-VALUE})")
    int dims;

    @Override
    int run() throws BadInputException, DataException, IOException {
        checkOutputs();
        OpenedCheckpoint opened = open();
        Checkpoint c = opened.checkpoint();
        ModelSpec model = opened.spec();
        DataSplit data = opened.data();
        ProjectionMethod method = coordinates == null ? null
                : CoordinatesExport.method(projection, model.latentDim(), dims);
        List<Dataset> sets = switch (split.toLowerCase(Locale.ROOT)) {
            case "train" -> List.of(data.train());
            case "validation" -> List.of(data.validation());
            case "all" -> List.of(data.train(), data.validation());
            default -> throw new BadInputException("--split must be train, validation or all, got " + split);
        };
        PrintWriter stdout = spec.commandLine().getOut();
        try (SnapshotCodec codec = new SnapshotCodec(factory, model, c.parameters())) {
            if (out != null) {
                int written = writeCsv(codec, sets);
                stdout.printf("Wrote %,d codes of %d dimensions to %s%n", written, model.latentDim(), out);
            }
            if (projector != null) {
                String note = ProjectorExport.write(codec, sets, projector, model.describe());
                stdout.printf("Wrote the Embedding Projector folder %s (%,d codes)%n", projector,
                        sets.stream().mapToInt(Dataset::size).sum());
                if (!note.isEmpty()) {
                    stdout.println("Note: " + note);
                }
            }
            if (coordinates != null) {
                String what = CoordinatesExport.write(codec, sets, method, dims, c.info().seed(), coordinates);
                stdout.println("Wrote " + what + " to " + coordinates);
            }
        }
        stdout.flush();
        return 0;
    }

    /** Refuses, before any work, outputs that cannot be written. */
    private void checkOutputs() throws BadInputException {
        if (out == null && projector == null && coordinates == null) {
            throw new BadInputException("say what to write: --out FILE.csv, --projector DIR or --coordinates FILE.csv");
        }
        if (out != null) {
            OutputPaths.requireWritableFolder(out, "--out");
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new BadInputException("--out takes a .csv file, got " + out
                        + "; for the Embedding Projector give --projector DIR");
            }
        }
        if (coordinates != null) {
            OutputPaths.requireWritableFolder(coordinates, "--coordinates");
        }
        if (projector != null) {
            OutputPaths.requireWritableFolder(projector, "--projector");
            try {
                AtomicFiles.requireNewOrEmptyFolder(projector);
            } catch (IOException e) {
                throw new BadInputException("--projector " + e.getMessage());
            }
        }
    }

    private int writeCsv(SnapshotCodec codec, List<Dataset> sets) throws IOException {
        createParent(out);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("split,index,label");
            for (int j = 1; j <= codec.latentDim(); j++) {
                w.write(",z" + j);
            }
            w.write("\n");
            return DatasetEncoder.forEachCode(codec, sets, (set, i, code) -> {
                w.write(splitName(set) + "," + i + "," + csvField(set.classNames().get(set.label(i))));
                for (float v : code) {
                    w.write(",");
                    w.write(Float.toString(v));
                }
                w.write("\n");
            });
        }
    }

    /** The split's part of a set's id: {@code train} of {@code mnist/train}. */
    static String splitName(Dataset set) {
        String id = set.id();
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
